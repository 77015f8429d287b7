using System.IO.Compression;

namespace Archive.Indexer.Text;

/// <summary>
/// A PDF stream's filters as readable streams, each reading the one before it a buffer at a time, so a chain of them
/// can be decoded into nothing to measure it (<see cref="PdfStreamInflation"/>): PdfPig decodes each filter of a chain
/// whole into one array, and it is the chain that inflates (Flate of Flate, Flate written as hexadecimal digits), or a
/// filter other than Flate (LZW writes up to 4,096 bytes in 12 bits; run-length 128 bytes in 2).
/// </summary>
internal static class PdfStreamFilters
{
    /// <summary>The filter's decoding of <paramref name="encoded"/>, or null for a filter this does not decode (images', encryption's).</summary>
    /// <param name="earlyChange">LZW's EarlyChange parameter: whether the code width grows one code early (1, the default) or not (0).</param>
    public static Stream? Decoded(string filter, Stream encoded, int earlyChange) => filter switch
    {
        "FlateDecode" or "Fl" => Inflating(encoded),
        "ASCIIHexDecode" or "AHx" => new AsciiHexDecoding(encoded),
        "ASCII85Decode" or "A85" => new Ascii85Decoding(encoded),
        "RunLengthDecode" or "RL" => new RunLengthDecoding(encoded),
        "LZWDecode" or "LZW" => new LzwDecoding(encoded, earlyChange),
        _ => null,
    };

    /// <summary>Flate after the two bytes of the zlib header, which PdfPig skips as read.</summary>
    private static DeflateStream Inflating(Stream encoded)
    {
        encoded.ReadByte();
        encoded.ReadByte();
        return new DeflateStream(encoded, CompressionMode.Decompress);
    }

    /// <summary>A filter decoded a byte at a time from the bytes before it, which end it where they end or are damaged.</summary>
    private abstract class FilterDecoding(Stream encoded) : Stream
    {
        private readonly Stream encoded = encoded is MemoryStream or BufferedStream ? encoded : new BufferedStream(encoded, 81920);

        /// <summary>The next decoded byte, or -1 at the end.</summary>
        protected abstract int Next();

        protected int NextEncoded() => encoded.ReadByte();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = 0;
            for (int next; read < buffer.Length && (next = Next()) >= 0; read++) buffer[read] = (byte)next;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) encoded.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Two hexadecimal digits a byte, white space between them, ending at '&gt;' (a lone last digit is its high half).</summary>
    private sealed class AsciiHexDecoding(Stream encoded) : FilterDecoding(encoded)
    {
        private bool ended;

        protected override int Next()
        {
            var high = -1;
            while (!ended)
            {
                var c = NextEncoded();
                if (c is < 0 or '>')
                {
                    ended = true;
                    return high < 0 ? -1 : high << 4;
                }
                var digit = c is >= '0' and <= '9' ? c - '0' : (c | 0x20) is >= 'a' and <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
                if (digit < 0) continue;
                if (high < 0) high = digit;
                else return high << 4 | digit;
            }
            return -1;
        }
    }

    /// <summary>Five characters '!' to 'u' for four bytes, 'z' for four zeros, ending at '~' (a short last group gives one byte fewer than its characters).</summary>
    private sealed class Ascii85Decoding(Stream encoded) : FilterDecoding(encoded)
    {
        private readonly byte[] group = new byte[4];
        private int index, count;
        private bool ended;

        protected override int Next()
        {
            if (index < count) return group[index++];
            if (ended) return -1;
            uint value = 0;
            var digits = 0;
            while (digits < 5)
            {
                var c = NextEncoded();
                if (c is < 0 or '~')
                {
                    ended = true;
                    break;
                }
                if (c == 'z' && digits == 0)
                {
                    digits = 5;
                    break;
                }
                if (c is < '!' or > 'u') continue;
                value = unchecked(value * 85 + (uint)(c - '!'));
                digits++;
            }
            if (digits < 2) return -1;
            for (var pad = digits; pad < 5; pad++) value = unchecked(value * 85 + 84);
            for (var i = 3; i >= 0; i--, value >>= 8) group[i] = (byte)value;
            (index, count) = (0, digits - 1);
            return group[index++];
        }
    }

    /// <summary>A length byte: 0-127 copies the next 1-128 bytes, 129-255 repeats the next byte 128-2 times, 128 ends.</summary>
    private sealed class RunLengthDecoding(Stream encoded) : FilterDecoding(encoded)
    {
        private int copies, repeats, repeated;
        private bool ended;

        protected override int Next()
        {
            while (true)
            {
                if (repeats > 0)
                {
                    repeats--;
                    return repeated;
                }
                if (copies > 0)
                {
                    copies--;
                    return NextEncoded();
                }
                var length = ended ? -1 : NextEncoded();
                if (length is < 0 or 128 || (length > 128 && (repeated = NextEncoded()) < 0))
                {
                    ended = true;
                    return -1;
                }
                if (length < 128) copies = length + 1;
                else repeats = 257 - length;
            }
        }
    }

    /// <summary>
    /// Codes of 9 to 12 bits, most significant first: 256 clears the table, 257 ends, each other code after the first adds
    /// the string before it and one byte to the table (at most 4,096 entries).
    /// </summary>
    private sealed class LzwDecoding : FilterDecoding
    {
        private const int Clear = 256, End = 257, TableSize = 4096;
        private readonly int earlyChange;
        private readonly short[] prefix = new short[TableSize];
        private readonly byte[] suffix = new byte[TableSize], first = new byte[TableSize];
        private readonly short[] lengths = new short[TableSize];
        private readonly byte[] decoded = new byte[TableSize];
        private int index, count, nextCode = End + 1, width = 9, previous = -1, bits, bitCount;
        private bool ended;

        public LzwDecoding(Stream encoded, int earlyChange) : base(encoded)
        {
            this.earlyChange = earlyChange;
            for (var c = 0; c < 256; c++) (suffix[c], first[c], lengths[c]) = ((byte)c, (byte)c, 1);
        }

        protected override int Next()
        {
            if (index < count) return decoded[index++];
            while (!ended)
            {
                var code = NextCode();
                if (code is < 0 or End || code > nextCode || (previous < 0 && code > End) || (code == nextCode && previous < 0))
                {
                    ended = true;
                    return -1;
                }
                if (code == Clear)
                {
                    (nextCode, width, previous) = (End + 1, 9, -1);
                    continue;
                }
                if (previous >= 0 && nextCode < TableSize)
                {
                    // The entry is the string before and this code's first byte, which is that string's own when the code is the entry.
                    (prefix[nextCode], suffix[nextCode]) = ((short)previous, code == nextCode ? first[previous] : first[code]);
                    (first[nextCode], lengths[nextCode]) = (first[previous], (short)(lengths[previous] + 1));
                    nextCode++;
                    width = nextCode + earlyChange >= 2048 ? 12 : nextCode + earlyChange >= 1024 ? 11 : nextCode + earlyChange >= 512 ? 10 : 9;
                }
                previous = code;
                (index, count) = (0, lengths[code]);
                for (int i = count - 1, c = code; i >= 0; i--, c = prefix[c]) decoded[i] = suffix[c];
                return decoded[index++];
            }
            return -1;
        }

        private int NextCode()
        {
            while (bitCount < width)
            {
                var next = NextEncoded();
                if (next < 0) return -1;
                (bits, bitCount) = ((bits << 8 | next) & 0xFFFFFF, bitCount + 8);
            }
            bitCount -= width;
            return bits >> bitCount & ((1 << width) - 1);
        }
    }
}
