package io.mailguard.model;

/**
 * An accepted domain of an Exchange 2007-or-later organization.
 *
 * @param domainName the domain, {@code *} or {@code *.contoso.com} forms included
 * @param domainType {@code Authoritative}, {@code InternalRelay} or {@code ExternalRelay}
 */
public record AcceptedDomain(Source source, String name, Value<String> domainName, Value<String> domainType) {
}
