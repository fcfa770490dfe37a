package ru.opora.platform;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import ru.opora.shared.Formats;

/** Gives templates {@code #fmt}: numbers, percents and dates written the one way (see {@link Formats}). */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Formats FORMATS = new Formats();

    FormatsDialect() {
        super("opora-formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fmt");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return FORMATS;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
