package org.marsad.index;

/** Which terms a field indexes for a word. */
enum TermForm {
    /** Light-stemmed (Larkey's light10, as Lucene's ArabicStemmer), stop words dropped: for running text. */
    STEMMED,
    /** The whole word, plus its forms without particles at the same position: for names, at index time. */
    NAME_VARIANTS,
    /** The word without its article: for names, at query time. */
    NAME_QUERY
}
