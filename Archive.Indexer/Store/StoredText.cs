using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Archive.Indexer.Store;

/// <summary>
/// How the long text columns (articles' bodies, documents' original text) are held. A text of some length is a BLOB:
/// a format byte, the payload's size in bytes and the text's length in characters (as SQLite's length() counts them),
/// then the payload compressed with Brotli; short texts, texts that would not shrink, and every row written before
/// compression are plain TEXT. Readers take both. Chinese text takes three bytes a character in UTF-8 and about half
/// that compressed.
/// </summary>
internal static class StoredText
{
    /// <summary>The format byte of a compressed text whose payload is its UTF-8.</summary>
    public const byte Utf8 = 1;

    private const int HeaderLength = 9;
    /// <summary>Below this many characters a text stays as it is: it would not shrink by enough to be worth decoding.</summary>
    private const int MinLength = 64;
    /// <summary>
    /// Quality 5 is where Brotli starts modelling context: 2.0:1 on article bodies against 1.7:1 at 4, for a third more
    /// time; higher qualities gain under 3%. A 64 KB window holds any article and keeps the encoder's state small.
    /// </summary>
    private const int Quality = 5;
    private const int Window = 16;

    /// <summary>The column value for <paramref name="text"/>: compressed, or the text itself when short or incompressible.</summary>
    public static object Encode(string text)
    {
        if (text.Length < MinLength) return text;
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, utf8);
            return Pack(Utf8, utf8.AsSpan(0, length), Characters(text)) ?? (object)text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>The text a column value holds (a plain TEXT value or a compressed one).</summary>
    /// <exception cref="InvalidDataException">A BLOB of another format.</exception>
    public static string Decode(object value) => value switch
    {
        string text => text,
        byte[] packed when packed.Length >= HeaderLength && packed[0] == Utf8 => Utf8Text(packed),
        _ => throw new InvalidDataException($"archive.db holds a text value it cannot read ({Describe(value)})."),
    };

    /// <summary>The text of a compressed UTF-8 value, decompressed into a pooled buffer: only the string is new.</summary>
    private static string Utf8Text(byte[] packed)
    {
        var size = RecordedSize(packed);
        var payload = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            Decompress(packed, payload.AsSpan(0, size));
            return Encoding.UTF8.GetString(payload, 0, size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    /// <summary>The length of the text in characters, as SQLite's length() counts those of a TEXT value, read from the header.</summary>
    public static int Length(object value) => value switch
    {
        string text => Characters(text),
        byte[] packed when packed.Length >= HeaderLength => BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(5)),
        _ => throw new InvalidDataException($"archive.db holds a text value it cannot read ({Describe(value)})."),
    };

    /// <summary>The format byte of a compressed value; 0 for plain text.</summary>
    public static byte Format(object value) => value is byte[] { Length: >= HeaderLength } packed ? packed[0] : (byte)0;

    /// <summary>The header and the compressed payload; null when that would not be smaller than the payload as it is.</summary>
    public static byte[]? Pack(byte format, ReadOnlySpan<byte> payload, int characters)
    {
        var packed = ArrayPool<byte>.Shared.Rent(HeaderLength + BrotliEncoder.GetMaxCompressedLength(payload.Length));
        try
        {
            packed[0] = format;
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1), payload.Length);
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(5), characters);
            if (!BrotliEncoder.TryCompress(payload, packed.AsSpan(HeaderLength), out var written, Quality, Window)
                || HeaderLength + written >= payload.Length)
            {
                return null;
            }
            return packed.AsSpan(0, HeaderLength + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    /// <summary>The payload of a packed value, decompressed.</summary>
    public static byte[] Unpack(byte[] packed)
    {
        var payload = new byte[RecordedSize(packed)];
        Decompress(packed, payload);
        return payload;
    }

    /// <summary>The payload's size as the header records it.</summary>
    private static int RecordedSize(byte[] packed)
    {
        var size = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1));
        return size >= 0 ? size : throw new InvalidDataException($"archive.db holds a text value it cannot read ({Describe(packed)}).");
    }

    /// <summary>Decompresses the payload of <paramref name="packed"/> into <paramref name="payload"/>, exactly its recorded size.</summary>
    private static void Decompress(byte[] packed, Span<byte> payload)
    {
        if (!BrotliDecoder.TryDecompress(packed.AsSpan(HeaderLength), payload, out var written) || written != payload.Length)
        {
            throw new InvalidDataException($"archive.db holds a compressed text that does not decompress to its recorded size ({payload.Length:N0} bytes).");
        }
    }

    /// <summary>Characters as SQLite counts them: a surrogate pair is one, and so is a lone surrogate (stored as U+FFFD).</summary>
    private static int Characters(string text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) count--;
        }
        return count;
    }

    private static string Describe(object value) => value is byte[] bytes
        ? $"a BLOB of {bytes.Length:N0} bytes starting {(bytes.Length > 0 ? bytes[0] : 0)}"
        : value.GetType().Name;
}
