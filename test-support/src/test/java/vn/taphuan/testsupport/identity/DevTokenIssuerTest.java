package vn.taphuan.testsupport.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The development issuer keeps its secrets to its owner and, unless told otherwise, to this machine. */
class DevTokenIssuerTest {

    private static final DevUser ADMIN = DevUser.withPassword("admin", "taphuan-demo", "Quản trị", null,
            List.of("PLATFORM_ADMIN"));

    @TempDir
    Path data;

    @Test
    void theSigningKeyAndTheUsersAreReadableByTheOwnerOnly() throws IOException {
        assumeTrue(posix(), "permissions are POSIX");
        Path state = data.resolve("identity");
        try (DevTokenIssuer ignored = DevTokenIssuer.start(0, state, List.of(ADMIN))) {
            assertThat(permissions(state.resolve("signing-key.json"))).isEqualTo("rw-------");
            assertThat(permissions(state.resolve("users.json"))).isEqualTo("rw-------");
            assertThat(permissions(state)).isEqualTo("rwx------");
        }
        try (DevTokenIssuer again = DevTokenIssuer.start(0, state, List.of())) {
            again.addUser(DevUser.withPassword("bacgiang.officer", "taphuan-demo", "Cán bộ", "bac-giang",
                    List.of("PROVINCE_OFFICER")));
            assertThat(permissions(state.resolve("users.json"))).isEqualTo("rw-------");
        }
        try (var left = Files.list(state)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("signing-key.json", "users.json");
        }
    }

    @Test
    void aKeyLeftReadableByAnOlderVersionIsClosedAtStart() throws IOException {
        assumeTrue(posix(), "permissions are POSIX");
        Path state = data.resolve("identity");
        try (DevTokenIssuer ignored = DevTokenIssuer.start(0, state, List.of())) {
            // created
        }
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(state.resolve("signing-key.json"), PosixFilePermissions.fromString("rw-r--r--"));

        try (DevTokenIssuer ignored = DevTokenIssuer.start(0, state, List.of())) {
            assertThat(permissions(state.resolve("signing-key.json"))).isEqualTo("rw-------");
            assertThat(permissions(state)).isEqualTo("rwx------");
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceByDefault() throws IOException {
        InetAddress external = externalAddress().orElse(null);
        assumeTrue(external != null, "this machine has an interface other than loopback");
        try (DevTokenIssuer issuer = DevTokenIssuer.start(0, null, List.of())) {
            assertThat(reachable(InetAddress.getLoopbackAddress(), issuer.port())).isTrue();
            assertThatThrownBy(() -> reachable(external, issuer.port())).isInstanceOf(ConnectException.class);
            assertThat(issuer.issuer()).isEqualTo("http://localhost:" + issuer.port());
        }
        try (DevTokenIssuer everywhere = DevTokenIssuer.start("0.0.0.0", 0, null, List.of())) {
            assertThat(reachable(external, everywhere.port())).isTrue();
        }
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return socket.isConnected();
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
