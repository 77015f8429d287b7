namespace Archive.Api.Errors;

/// <summary>The archive is not open (still starting, or failed to open): answered as 503, not 500.</summary>
public sealed class ArchiveUnavailableException(bool starting, Exception? cause = null)
    : Exception(starting ? "The archive is still opening." : "The archive could not be opened.", cause)
{
    public bool Starting { get; } = starting;
}
