package ru.opora.planning.documents;

/** Someone else saved the document since it was opened: nothing is overwritten. */
public class DocumentChanged extends RuntimeException {

    private final String by;

    public DocumentChanged(String by) {
        super("the document was changed by " + by);
        this.by = by;
    }

    public String by() {
        return by;
    }
}
