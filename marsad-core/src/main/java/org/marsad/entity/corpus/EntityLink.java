package org.marsad.entity.corpus;

import org.marsad.doc.Span;

/**
 * Which corpus-level entity an article entity is: the article entity's number and first mention,
 * and the corpus entity's id as assigned when the article was read (see {@link EntityLinker#finalId}).
 */
public record EntityLink(int start, int end, int entity, String id) implements Span {
}
