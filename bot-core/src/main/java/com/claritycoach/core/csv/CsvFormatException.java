package com.claritycoach.core.csv;

/** A CSV file of answers cannot be read; the message names the row (the header is row 1) and the problem. */
public class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
