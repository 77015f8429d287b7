using System.Buffers.Binary;

namespace Archive.Indexer.Text.Recognition;

/// <summary>The kinds of page image that are recognized: told by their first bytes, not by their names.</summary>
internal static class PageImage
{
    public static IReadOnlyList<string> Extensions { get; } = [".jpg", ".jpeg", ".png", ".tif", ".tiff"];

    /// <summary>Bounds the walk of a TIFF's page chain, which a damaged file may make loop.</summary>
    private const int MaxTiffPages = 100_000;

    /// <returns>".jpg", ".png" or ".tif", or null for anything else.</returns>
    public static string? Kind(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ".jpg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? ".png"
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? ".tif"
        : null;

    /// <summary>How many pages an image holds: 1, or a TIFF's count of image file directories.</summary>
    /// <exception cref="UnreadableFileException">A TIFF with no pages, or whose page chain is broken.</exception>
    public static int Pages(ReadOnlySpan<byte> image)
    {
        if (Kind(image) != ".tif") return 1;
        var bigEndian = image[0] == (byte)'M';
        if (image.Length < 8) throw new UnreadableFileException("the TIFF is truncated: it ends inside its header");
        var pages = 0;
        var seen = new HashSet<uint>();
        for (var offset = Read32(image, 4, bigEndian); offset != 0; pages++)
        {
            if (offset + 2L > image.Length || !seen.Add(offset) || pages >= MaxTiffPages)
                throw new UnreadableFileException($"the TIFF is damaged: the directory of page {pages + 1} is missing or loops back");
            var next = offset + 2L + Read16(image, (int)offset, bigEndian) * 12L;
            if (next + 4 > image.Length)
                throw new UnreadableFileException($"the TIFF is truncated: it ends inside the directory of page {pages + 1}");
            CheckPixels(TiffSize(image, offset, bigEndian));
            offset = Read32(image, (int)next, bigEndian);
        }
        return pages > 0 ? pages : throw new UnreadableFileException("the TIFF holds no pages (0 image directories): there is nothing to recognize");
    }

    /// <summary>
    /// The pixels a grey page image may have: Leptonica, which reads images for Tesseract, keeps a grey pixel in a byte
    /// whatever the file's depth, and Tesseract took a grey page of 70 megapixels to 318 MB. An A4 page at 600 dpi has
    /// 35 megapixels, an A3 page 70: far more is no page scan but an image built to exhaust the memory of whatever
    /// decodes it (a few kilobytes of PNG can claim gigabytes).
    /// </summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>
    /// The pixels a colour page image may have (with a palette or an alpha channel too): Leptonica keeps each in four
    /// bytes, and Tesseract took a 16-bit RGBA PNG of 35 megapixels to 506 MB, of 100 megapixels to 1.3 GB.
    /// </summary>
    public const long MaxColourPixels = 40_000_000;

    /// <summary>
    /// Refuses a PNG or JPEG that declares more than <see cref="MaxPixels"/> (<see cref="MaxColourPixels"/> in colour), read
    /// from its header before anything decodes it (<see cref="Pages"/> checks every page of a TIFF).
    /// </summary>
    /// <exception cref="UnreadableFileException">The image claims more pixels than a page scan has.</exception>
    public static void CheckSize(ReadOnlySpan<byte> image) => CheckPixels(Kind(image) switch
    {
        // Colour type 0 is grey; 2 RGB, 3 a palette, 4 grey with alpha and 6 RGBA are held in colour.
        ".png" when image.Length >= 26 => new(BinaryPrimitives.ReadUInt32BigEndian(image[16..]), BinaryPrimitives.ReadUInt32BigEndian(image[20..]), image[25] != 0),
        ".jpg" => JpegSize(image),
        _ => null,
    });

    private readonly record struct Size(uint Width, uint Height, bool Colour);

    private static void CheckPixels(Size? size)
    {
        if (size is not { } image || (long)image.Width * image.Height <= (image.Colour ? MaxColourPixels : MaxPixels)) return;
        throw new UnreadableFileException(
            $"the image declares {image.Width:N0} × {image.Height:N0} pixels{(image.Colour ? " in colour" : "")}, more than recognition reads of a page scan " +
            $"({MaxColourPixels / 1_000_000} megapixels in colour, {MaxPixels / 1_000_000} in grey; an A4 page at 600 dpi has 35): " +
            "scan it at a lower resolution or in grey, or it is damaged or built to exhaust memory");
    }

    /// <summary>The frame size of the first start-of-frame marker, in colour unless it has one component; null when there is none.</summary>
    private static Size? JpegSize(ReadOnlySpan<byte> image)
    {
        for (var at = 2; at + 9 < image.Length && image[at] == 0xFF;)
        {
            var marker = image[at + 1];
            // SOF0-SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return new(BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..]), image[at + 9] != 1);
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
        }
        return null;
    }

    /// <summary>
    /// ImageWidth (256) and ImageLength (257) of the TIFF directory at <paramref name="directory"/>, in colour where it has
    /// more than one sample a pixel (277) or a palette (262 PhotometricInterpretation 3); null when absent.
    /// </summary>
    private static Size? TiffSize(ReadOnlySpan<byte> image, uint directory, bool bigEndian)
    {
        uint width = 0, height = 0;
        var colour = false;
        var entries = Read16(image, (int)directory, bigEndian);
        for (var i = 0; i < entries && directory + 2L + (i + 1) * 12L <= image.Length; i++)
        {
            var entry = (int)directory + 2 + i * 12;
            var tag = Read16(image, entry, bigEndian);
            // A SHORT value sits in the first two bytes of the value field, a LONG in all four.
            var value = Read16(image, entry + 2, bigEndian) == 3 ? (uint)Read16(image, entry + 8, bigEndian) : Read32(image, entry + 8, bigEndian);
            if (tag == 256) width = value;
            else if (tag == 257) height = value;
            else if ((tag == 277 && value > 1) || (tag == 262 && value == 3)) colour = true;
        }
        return width > 0 && height > 0 ? new(width, height, colour) : null;
    }

    private static uint Read32(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    private static int Read16(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
}
