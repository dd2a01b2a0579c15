package org.uca.adapter.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the jte templates precompiled into {@code org.uca.adapter.web.view.templates} at build time. */
public final class JteTemplates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            JteTemplates.class.getClassLoader(), "org.uca.adapter.web.view.templates");

    public String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }
}
