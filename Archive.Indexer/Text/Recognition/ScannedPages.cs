namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// The page image files of one scanned issue, in page order, and the limit each of them is read within: the one a
/// lone file has (<see cref="FileBytes"/>). Pages are read three times after the folder is listed and checked (to
/// name the issue, to recognize them, to keep them), and a page may have grown or been swapped for a link to a
/// device in between, so every read goes through the limit again.
/// </summary>
internal sealed record ScannedPages(IReadOnlyList<string> Files, long MaxBytes)
{
    /// <exception cref="UnreadableFileException">The page is empty or over the limit, when opened or while read.</exception>
    public Stream Open(string page) => FileBytes.Open(page, MaxBytes);

    /// <inheritdoc cref="Open"/>
    public byte[] Read(string page) => FileBytes.Read(page, MaxBytes);
}
