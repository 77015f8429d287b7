namespace Archive.Indexer.Chinese;

/// <summary>A data file the segmenter needs is missing or unreadable; the message names the file and the fix.</summary>
internal sealed class DataPackageException(string message, Exception? inner = null) : Exception(message, inner);
