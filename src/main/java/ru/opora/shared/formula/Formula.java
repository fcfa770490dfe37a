package ru.opora.shared.formula;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CoalesceFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.NotFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's formula: an EvalEx expression over named numbers, allowed only arithmetic,
 * comparisons and a few functions, so that a formula a region admin writes can compute but never
 * call anything (decision 0011). A yes/no result counts as 1 or 0.
 */
public final class Formula {

    /** The functions a formula may use; everything else is refused when it is checked. */
    public static final Set<String> FUNCTIONS = Set.of("IF", "MIN", "MAX", "ABS", "ROUND", "SQRT", "COALESCE", "NOT");

    private static final Pattern CALL = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\(");

    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    function("IF", new IfFunction()),
                    function("MIN", new MinFunction()),
                    function("MAX", new MaxFunction()),
                    function("ABS", new AbsFunction()),
                    function("ROUND", new RoundFunction()),
                    function("SQRT", new SqrtFunction()),
                    function("COALESCE", new CoalesceFunction()),
                    function("NOT", new NotFunction())))
            .defaultConstants(Map.of("TRUE", EvaluationValue.TRUE, "FALSE", EvaluationValue.FALSE))
            .arraysAllowed(false)
            .structuresAllowed(false)
            .binaryAllowed(false)
            .implicitMultiplicationAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .mathContext(MathContext.DECIMAL64)
            .build();

    private final String text;
    private final Set<String> variables;

    private Formula(String text, Set<String> variables) {
        this.text = text;
        this.variables = variables;
    }

    /**
     * Parses and checks a formula against the variables that exist.
     *
     * @throws FormulaProblem when it does not parse, calls a function not allowed or names an unknown variable
     */
    public static Formula compile(String text, Set<String> known) {
        String formula = text.strip();
        if (formula.isEmpty()) throw new FormulaProblem(FormulaProblem.Kind.EMPTY, "");
        var calls = CALL.matcher(formula);
        while (calls.find()) {
            String name = calls.group(1);
            if (!FUNCTIONS.contains(name.toUpperCase(Locale.ROOT)))
                throw new FormulaProblem(FormulaProblem.Kind.FUNCTION_NOT_ALLOWED, name);
        }
        Set<String> used;
        try {
            var expression = new Expression(formula, CONFIGURATION);
            expression.validate();
            used = new TreeSet<>(expression.getUsedVariables());
        } catch (ParseException e) {
            throw new FormulaProblem(FormulaProblem.Kind.SYNTAX, e.getMessage());
        }
        var knownLower = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        knownLower.addAll(known);
        for (String v : used) {
            if (v.equalsIgnoreCase("TRUE") || v.equalsIgnoreCase("FALSE")) continue;
            if (!knownLower.contains(v)) throw new FormulaProblem(FormulaProblem.Kind.UNKNOWN_VARIABLE, v);
        }
        used.removeIf(v -> v.equalsIgnoreCase("TRUE") || v.equalsIgnoreCase("FALSE"));
        return new Formula(formula, Set.copyOf(used));
    }

    /**
     * Checks a formula as saving does: it compiles and gives a number with every variable set to 1,
     * which catches a division by a constant zero and a result that is not a number.
     */
    public static Formula checkForSaving(String text, Set<String> known) {
        var formula = compile(text, known);
        var ones = new TreeMap<String, Double>(String.CASE_INSENSITIVE_ORDER);
        for (String v : formula.variables) ones.put(v, 1.0);
        formula.evaluate(ones);
        return formula;
    }

    public String text() {
        return text;
    }

    /** The variables the formula reads. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * The formula's value for one school.
     *
     * @param values the school's variables; a variable the school has no data for is absent
     * @throws FormulaProblem MISSING_DATA when a variable it reads is absent, DIVISION_BY_ZERO or NOT_A_NUMBER
     */
    public double evaluate(Map<String, Double> values) {
        var expression = new Expression(text, CONFIGURATION);
        for (String v : variables) {
            @Nullable Double value = values.get(v);
            if (value == null) value = lookupIgnoringCase(values, v);
            if (value == null) throw new FormulaProblem(FormulaProblem.Kind.MISSING_DATA, v);
            expression.with(v, BigDecimal.valueOf(value));
        }
        EvaluationValue result;
        try {
            result = expression.evaluate();
        } catch (EvaluationException e) {
            String message = String.valueOf(e.getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("division by zero"))
                throw new FormulaProblem(FormulaProblem.Kind.DIVISION_BY_ZERO, "");
            throw new FormulaProblem(FormulaProblem.Kind.NOT_A_NUMBER, message);
        } catch (ParseException e) {
            throw new FormulaProblem(FormulaProblem.Kind.SYNTAX, e.getMessage());
        } catch (ArithmeticException e) {
            throw new FormulaProblem(FormulaProblem.Kind.DIVISION_BY_ZERO, "");
        }
        if (result.isBooleanValue()) return Boolean.TRUE.equals(result.getBooleanValue()) ? 1 : 0;
        if (result.isNumberValue()) return result.getNumberValue().doubleValue();
        throw new FormulaProblem(FormulaProblem.Kind.NOT_A_NUMBER, result.toString());
    }

    private static @Nullable Double lookupIgnoringCase(Map<String, Double> values, String name) {
        for (var e : values.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }

    private static Map.Entry<String, FunctionIfc> function(String name, FunctionIfc f) {
        return Map.entry(name, f);
    }
}
