namespace Archive.Indexer.Chinese;

/// <summary>How fine the segmentation is.</summary>
internal enum SegmentMode
{
    /// <summary>One best segmentation: queries and the word field.</summary>
    Precise,
    /// <summary>Precise, plus the dictionary sub-words of words of three characters or more at the same position (indexing).</summary>
    Search,
}
