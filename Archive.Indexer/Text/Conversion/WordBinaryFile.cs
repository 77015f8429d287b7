using System.Buffers.Binary;
using System.Text;

namespace Archive.Indexer.Text.Conversion;

/// <summary>What a .doc or .wps holds, told from its compound-file directory before LibreOffice is asked.</summary>
internal enum WordBinaryContent
{
    /// <summary>A Word (or WPS, which writes the same format) document LibreOffice can convert.</summary>
    WordDocument,
    /// <summary>Encrypted with a password: LibreOffice, headless, can only fail on it.</summary>
    PasswordProtected,
    /// <summary>A compound file without a Word document in it (a spreadsheet or a presentation saved as .doc).</summary>
    OtherOfficeFile,
    /// <summary>The header or directory points outside the file.</summary>
    Damaged,
}

/// <summary>
/// Reads just enough of an OLE compound file (the container of .doc and .wps) to find the WordDocument stream and
/// the encryption flag of its file information block ([MS-CFB] 2.2-2.6, [MS-DOC] 2.5.2), so that a password-protected
/// file gets a message that says so instead of LibreOffice's "could not be loaded". The text itself is LibreOffice's job.
/// </summary>
internal static class WordBinaryFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const ushort WordIdentifier = 0xA5EC;
    private const ushort EncryptedFlag = 0x0100;

    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static WordBinaryContent Probe(ReadOnlySpan<byte> bytes)
    {
        if (!IsCompoundFile(bytes) || bytes.Length < 512) return WordBinaryContent.Damaged;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes[0x1E..]);
        if (shift is not (9 or 12)) return WordBinaryContent.Damaged;
        var sectorSize = 1 << shift;
        var fat = ReadFat(bytes, sectorSize);
        if (fat is null) return WordBinaryContent.Damaged;

        var directory = ReadChain(bytes, fat, BinaryPrimitives.ReadUInt32LittleEndian(bytes[0x30..]), sectorSize);
        if (directory is null) return WordBinaryContent.Damaged;
        var miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(bytes[0x38..]);
        for (var offset = 0; offset + 128 <= directory.Length; offset += 128)
        {
            var entry = directory.AsSpan(offset, 128);
            var name = EntryName(entry);
            // An OOXML file encrypted with a password is a compound file with these two streams instead of a zip.
            if (name is "EncryptionInfo" or "EncryptedPackage") return WordBinaryContent.PasswordProtected;
            if (name != "WordDocument" || entry[0x42] != 2) continue;
            var start = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x78..]);
            // The FIB alone is larger than a mini-stream sector run: a Word document's stream is never in the mini stream.
            if (size < miniCutoff || size < 12) return WordBinaryContent.Damaged;
            var fib = SectorOffset(start, sectorSize);
            if (fib < 0 || fib + 12 > bytes.Length) return WordBinaryContent.Damaged;
            if (BinaryPrimitives.ReadUInt16LittleEndian(bytes[(int)fib..]) != WordIdentifier) return WordBinaryContent.Damaged;
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)fib + 0x0A)..]);
            return (flags & EncryptedFlag) != 0 ? WordBinaryContent.PasswordProtected : WordBinaryContent.WordDocument;
        }
        return WordBinaryContent.OtherOfficeFile;
    }

    private static string EntryName(ReadOnlySpan<byte> entry)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
        return length is >= 2 and <= 64 ? Encoding.Unicode.GetString(entry[..(length - 2)]) : "";
    }

    private static long SectorOffset(uint sector, int sectorSize) =>
        sector >= 0xFFFFFFFA ? -1 : ((long)sector + 1) * sectorSize;

    /// <summary>The file allocation table: the sectors listed in the header's DIFAT and in its DIFAT sector chain.</summary>
    private static uint[]? ReadFat(ReadOnlySpan<byte> bytes, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var sector = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(0x4C + i * 4)..]);
            if (sector < 0xFFFFFFFA) fatSectors.Add(sector);
        }
        // A chain visits each sector of the file at most once; a damaged (or crafted) one that loops is refused.
        var sectors = bytes.Length / sectorSize;
        var visited = new HashSet<uint>();
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes[0x44..]);
        while (difat < 0xFFFFFFFA)
        {
            var offset = SectorOffset(difat, sectorSize);
            if (!visited.Add(difat) || offset < 0 || offset + sectorSize > bytes.Length) return null;
            var sector = bytes.Slice((int)offset, sectorSize);
            for (var i = 0; i < sectorSize / 4 - 1; i++)
            {
                var entry = BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]);
                if (entry < 0xFFFFFFFA) fatSectors.Add(entry);
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(sectorSize - 4)..]);
        }

        if (fatSectors.Count > sectors) return null;
        var fat = new uint[fatSectors.Count * (sectorSize / 4)];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            var offset = SectorOffset(fatSectors[s], sectorSize);
            if (offset < 0 || offset + sectorSize > bytes.Length) return null;
            for (var i = 0; i < sectorSize / 4; i++)
                fat[s * (sectorSize / 4) + i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[((int)offset + i * 4)..]);
        }
        return fat;
    }

    private static byte[]? ReadChain(ReadOnlySpan<byte> bytes, uint[] fat, uint start, int sectorSize)
    {
        var content = new List<byte>();
        var visited = new HashSet<uint>();
        for (var sector = start; sector != EndOfChain; sector = fat[sector])
        {
            var offset = SectorOffset(sector, sectorSize);
            if (!visited.Add(sector) || offset < 0 || offset + sectorSize > bytes.Length || sector >= fat.Length) return null;
            content.AddRange(bytes.Slice((int)offset, sectorSize));
        }
        return [.. content];
    }
}
