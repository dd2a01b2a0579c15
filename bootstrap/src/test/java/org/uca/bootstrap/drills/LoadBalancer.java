package org.uca.bootstrap.drills;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of UCA servers, as a landlord would put it there: requests shared out
 * in turn (round robin), a server that refuses the connection skipped for the next, the client's address and scheme
 * passed on in {@code X-Forwarded-For} / {@code X-Forwarded-Proto}. It runs in the foreground as a child of the test,
 * with its own configuration, logs and temporary files in a folder of the test's, listening on a free loopback port;
 * each answer says which server gave it ({@code X-Uca-Upstream}), so the drill knows whom to kill.
 */
final class LoadBalancer implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");

    /** The answer's header naming the server (address:port) that gave it. */
    static final String UPSTREAM = "X-Uca-Upstream";

    final int port;
    private final Path dir;
    private final Process process;

    private LoadBalancer(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    static LoadBalancer start(Path dir, List<UcaServer> servers) throws IOException {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("The two-server drill needs Debian's nginx as its load balancer:"
                    + " apt-get install -y nginx (.ci/run installs it)");
        }
        Files.createDirectories(dir);
        int port = UcaServer.freePort();
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir, port, servers));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", conf.toString(), "-e",
                dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(port, dir, process);
        balancer.awaitListening();
        return balancer;
    }

    private static String configuration(Path dir, int port, List<UcaServer> servers) {
        // As root the workers would otherwise run as nobody, who cannot use the test's temporary folder.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String upstreams = servers.stream().map(s -> "        server 127.0.0.1:" + s.port
                + " max_fails=1 fail_timeout=60s;").collect(Collectors.joining("\n"));
        return user + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream uca {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://uca;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 30s;
                            # a server that is gone is skipped; a request it had already received is not sent twice
                            proxy_next_upstream error timeout;
                            add_header %4$s $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), upstreams, port, UPSTREAM);
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped: " + errors());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                UcaServer.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen within 20 s: " + errors());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** What nginx logged (its errors, and what it printed). */
    String errors() {
        try {
            StringBuilder out = new StringBuilder();
            for (String file : List.of("error.log", "nginx.out")) {
                Path p = dir.resolve(file);
                if (Files.exists(p)) {
                    out.append(Files.readString(p));
                }
            }
            return out.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stops nginx (SIGTERM: the master stops its worker), at worst by kill -9. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
