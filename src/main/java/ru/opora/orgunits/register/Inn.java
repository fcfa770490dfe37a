package ru.opora.orgunits.register;

/**
 * The taxpayer number (ИНН) of an organisation: ten digits, the last a check digit over the first
 * nine with the weights of the Federal Tax Service.
 */
public final class Inn {

    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {}

    static boolean isValid(String inn) {
        if (!inn.matches("\\d{10}")) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (inn.charAt(i) - '0') * WEIGHTS[i];
        return sum % 11 % 10 == inn.charAt(9) - '0';
    }

    /** Completes nine digits with their check digit; used by the demo generator. */
    public static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        return nineDigits + (sum % 11 % 10);
    }
}
