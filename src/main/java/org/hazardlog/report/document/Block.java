package org.hazardlog.report.document;

/**
 * One block of a document: what Word and PDF both know how to show. Documents are built once as
 * blocks and then rendered, so the Word and PDF versions of a report cannot say different things.
 */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, PageBreak, Contents, PageLayout {
}
