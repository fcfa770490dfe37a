package ru.opora.platform;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Russian by default; {@code ?lang=en} switches a browser to the English bundle and a cookie keeps it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("opora-lang");
        resolver.setDefaultLocale(RUSSIAN);
        return resolver;
    }

    /**
     * Static files at their own prefixes only. Spring Boot's default handler serves {@code /**},
     * and with the webjars' resource chain every link a page writes (339 school links on the risk
     * overview) was looked up as a possible file on the class path, under a class loader lock that
     * 20 concurrent users queued on (issue #15); {@code spring.web.resources.add-mappings=false}
     * turns the default off.
     */
    @Override
    public void addResourceHandlers(
            org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
        registry.addInterceptor(new GetsNeverWrite());
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<UploadGate> uploadGate(
            org.springframework.context.MessageSource messages) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new UploadGate(messages));
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /** The one source of time; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
