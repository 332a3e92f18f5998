-- A stored document is looked up by its document id whenever a claim's corroboration reads the outlets an article
-- cites (and by the workbench's article pages): without an index that is a scan of every document, a cost that grew
-- with the store (a `claims --entity` on 100,000 linked claims spent most of its time there).
CREATE INDEX documents_document_id ON documents (document_id);
