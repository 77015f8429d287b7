namespace Archive.Indexer.Model;

/// <summary>Pages recognized so far of the file being read, for a progress bar: OCR takes seconds a page.</summary>
internal sealed record PageProgress(string File, int PagesDone, int PagesTotal);
