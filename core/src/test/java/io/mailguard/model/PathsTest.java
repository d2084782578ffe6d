package io.mailguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PathsTest {

    @Test
    void theSamePathIsTheSameString() {
        String first = Paths.below("/servers/0/postfix/services/3/options", "mynetworks");
        String second = Paths.below(new String("/servers/0/postfix/services/3/options"), new String("mynetworks"));
        assertEquals("/servers/0/postfix/services/3/options/mynetworks", first);
        assertSame(first, second);
        assertEquals("/servers/0/postfix/services/3/options/syslog_name",
                Paths.below("/servers/0/postfix/services/3/options", "syslog_name"));
    }

    @Test
    void pastTheKeptNumberPathsAreStillRight() {
        for (int i = 0; i < Paths.KEPT + 10; i++) {
            assertEquals("/a/" + i, Paths.below("/a", Integer.toString(i)));
        }
        assertSame(Paths.below("/a", "0"), Paths.below("/a", "0"));
    }
}
