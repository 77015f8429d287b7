using System.Buffers.Binary;

namespace Archive.Indexer.Text;

/// <summary>
/// What a zip's end-of-directory record says of its entries, read from the bytes before any library lists them: the
/// packaging library builds objects of some 2 KB for every entry of the directory, whatever the entry holds.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndOfDirectory = 0x06054b50, Zip64Locator = 0x07064b50, Zip64EndOfDirectory = 0x06064b50;
    private const int EndOfDirectoryLength = 22, Zip64LocatorLength = 20, MaxComment = ushort.MaxValue;

    /// <summary>
    /// The number of entries the directory declares (the larger of its record's and its zip64 record's count, as a
    /// reader may take either); null where no end-of-directory record stands (no complete zip). .NET's zip reader
    /// refuses a directory holding another number of entries than declared, so no more are ever listed.
    /// </summary>
    public static long? EntryCount(ReadOnlySpan<byte> zip)
    {
        var end = FindEndOfDirectory(zip);
        if (end < 0) return null;
        long count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var locator = end - Zip64LocatorLength;
        if (locator >= 0 && BinaryPrimitives.ReadUInt32LittleEndian(zip[locator..]) == Zip64Locator)
        {
            var record = BinaryPrimitives.ReadUInt64LittleEndian(zip[(locator + 8)..]);
            if (zip.Length >= 56 && record <= (ulong)(zip.Length - 56) && BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)record..]) == Zip64EndOfDirectory)
                count = Math.Max(count, (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip[((int)record + 32)..]), long.MaxValue));
        }
        return count;
    }

    /// <summary>Where the end-of-directory record starts: the last signature within a comment's length of the end.</summary>
    private static int FindEndOfDirectory(ReadOnlySpan<byte> zip)
    {
        for (var at = zip.Length - EndOfDirectoryLength; at >= 0 && at >= zip.Length - EndOfDirectoryLength - MaxComment; at--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EndOfDirectory) return at;
        return -1;
    }
}
