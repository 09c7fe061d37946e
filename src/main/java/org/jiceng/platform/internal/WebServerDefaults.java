package org.jiceng.platform.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Two defaults of the web server. Demo mode (embedded database, demo passwords everyone knows) listens on
 * 127.0.0.1 only, unless {@code JICENG_BIND} or {@code server.address} says otherwise; production listens
 * where it is told, all interfaces by default. And Tomcat's own error report is {@link ProblemReportValve}.
 */
@Component
class WebServerDefaults implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WebServerDefaults.class);

    private final Environment environment;

    WebServerDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        InetAddress address = bindAddress(environment);
        if (address != null) {
            factory.setAddress(address);
        }
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve());
        });
    }

    /** Where to listen, or null to keep the server's setting (all interfaces). */
    static InetAddress bindAddress(Environment environment) {
        if (StringUtils.hasText(environment.getProperty("server.address"))) {
            return null;
        }
        String bind = environment.getProperty("jiceng.bind", "");
        boolean demo = !StringUtils.hasText(environment.getProperty("jiceng.db.url"));
        String host = StringUtils.hasText(bind) ? bind.strip() : demo ? "127.0.0.1" : null;
        if (host == null) {
            return null;
        }
        try {
            if (demo && !StringUtils.hasText(bind)) {
                log.info("演示模式只在 127.0.0.1 上监听；要让其他电脑访问，请设置 JICENG_BIND=0.0.0.0");
            }
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("JICENG_BIND 的地址 " + host + " 无效", e);
        }
    }

    @Override
    public int getOrder() {
        // after Spring Boot's own customizer, which adds the plain ErrorReportValve this one replaces
        return Ordered.LOWEST_PRECEDENCE;
    }
}
