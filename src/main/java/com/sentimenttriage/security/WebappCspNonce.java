package com.sentimenttriage.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request to Camunda's webapps a nonce of its own. Camunda 7.24 keeps the nonce of the webapps'
 * Content-Security-Policy in one slot for the whole server, a ServletContext attribute: its header filter writes a
 * fresh nonce there on every webapp request (page, script, API call) and sends it in the header, and the filter that
 * serves a webapp's page reads it back, a few filters later, into the page's script tags. When a request on another
 * thread writes in between (the previous page's API calls still running, another user), the page carries that other
 * nonce, the browser runs none of its scripts, and Tasklist shows its loading spinner for good: the browser test's
 * German review waited 90 s for a form that never came. This filter, ahead of Camunda's, hands each webapp request a
 * view of the ServletContext whose nonce slot is a request attribute; everything else is the real context.
 */
@Configuration
public class WebappCspNonce {

  /**
   * The attribute Camunda's header filter writes and its page filter reads (ContentSecurityPolicyProvider's
   * ATTR_CSP_FILTER_NONCE), named here rather than imported from Camunda's internal package.
   */
  static final String NONCE_ATTRIBUTE = "org.camunda.bpm.csp.nonce";

  @Bean
  public FilterRegistrationBean<NonceOfItsOwn> webappCspNonceFilter() {
    FilterRegistrationBean<NonceOfItsOwn> registration = new FilterRegistrationBean<>(new NonceOfItsOwn());
    registration.setName("webapp-csp-nonce-per-request");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    // Before every filter Camunda registers for its webapps, its header filter among them.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Passes the request on with a ServletContext whose nonce attribute lives in the request. */
  static final class NonceOfItsOwn extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ServletContext ownNonce = withNonceOf(request, request.getServletContext());
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public ServletContext getServletContext() {
          return ownNonce;
        }
      }, response);
    }
  }

  /** {@code context}, except that its nonce attribute is read from and written to {@code request}. */
  static ServletContext withNonceOf(ServletRequest request, ServletContext context) {
    return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
          if (args != null && args.length > 0 && NONCE_ATTRIBUTE.equals(args[0])) {
            switch (method.getName()) {
              case "getAttribute" -> {
                return request.getAttribute(NONCE_ATTRIBUTE);
              }
              case "setAttribute" -> {
                request.setAttribute(NONCE_ATTRIBUTE, args[1]);
                return null;
              }
              case "removeAttribute" -> {
                request.removeAttribute(NONCE_ATTRIBUTE);
                return null;
              }
              default -> {
              }
            }
          }
          try {
            return method.invoke(context, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
