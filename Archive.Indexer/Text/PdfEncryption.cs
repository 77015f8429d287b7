using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>
/// The key to a PDF's streams where the standard security handler encrypts them under an empty user password, as a PDF
/// restricted from copying or printing is: PdfPig opens such a file and decrypts each object it reads, so
/// <see cref="PdfObjectSyntax"/> decrypts an object stream with it to measure what PdfPig will unpack (an encrypted
/// object stream of 20 KB packing an array of 10 million numbers took the reader to 531 MB unmeasured). Read from the
/// file's bytes: every /Encrypt a trailer may give (a decoy cannot hide the one PdfPig uses), each kept where the empty
/// password opens it. RC4 and AES, revisions 2 to 6; a file that needs a password PdfPig refuses.
/// </summary>
internal sealed partial class PdfEncryption
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>Trailers looked at: a file updated a few times has as many, each naming the same encryption.</summary>
    private const int MaxTrailers = 8;

    private readonly byte[] _key;
    private readonly Cipher _cipher;
    private readonly bool _perObject; // revisions 2 to 4 derive a key for each object; 5 and 6 use the file's key

    private enum Cipher { None, Rc4, Aes }

    private PdfEncryption(byte[] key, Cipher cipher, bool perObject) => (_key, _cipher, _perObject) = (key, cipher, perObject);

    /// <summary>Each encryption the file's trailers name that opens with the empty password (none for a file not encrypted).</summary>
    public static List<PdfEncryption> Of(ReadOnlySpan<byte> pdf)
    {
        var found = new List<PdfEncryption>();
        var end = pdf.Length;
        for (var trailers = 0; trailers < MaxTrailers && pdf[..end].LastIndexOf("/Encrypt"u8) is var at and >= 0; trailers++, end = at)
        {
            try
            {
                if (Opened(pdf, at) is { } encryption && !found.Any(f => f._key.AsSpan().SequenceEqual(encryption._key))) found.Add(encryption);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // no encryption this reads: as if unencrypted
            }
        }
        return found;
    }

    /// <summary>A stream's data as object <paramref name="number"/> <paramref name="generation"/> holds it, decrypted; null where it cannot be.</summary>
    public byte[]? Decrypted(long number, long generation, ReadOnlySpan<byte> data)
    {
        var key = _key;
        if (_perObject)
        {
            byte[] salt = _cipher == Cipher.Aes ? "sAlT"u8.ToArray() : [];
            key = MD5.HashData([.. _key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)generation, (byte)(generation >> 8), .. salt]);
            key = key[..Math.Min(_key.Length + 5, 16)];
        }
        switch (_cipher)
        {
            case Cipher.Rc4:
                return Rc4(key, data);
            case Cipher.Aes:
                // The first block is the initialization vector; the end of line before endstream is no block's.
                if (data.Length < 32) return null;
                using (var aes = Aes.Create())
                {
                    aes.Key = key;
                    return aes.DecryptCbc(data[16..(data.Length - data.Length % 16)], data[..16], PaddingMode.None);
                }
            default:
                return data.ToArray();
        }
    }

    /// <summary>The encryption named at <paramref name="at"/> ("/Encrypt 7 0 R" or a dictionary), if the empty password opens it.</summary>
    private static PdfEncryption? Opened(ReadOnlySpan<byte> pdf, int at)
    {
        var value = pdf[(at + "/Encrypt".Length)..];
        if (Token(value) is not DictionaryToken dictionary)
        {
            // "7 0 R": the object "7 0 obj" (not in an object stream: the encryption dictionary never is).
            var reference = Reference().Match(Encoding.Latin1.GetString(value[..Math.Min(value.Length, 40)]));
            if (!reference.Success) return null;
            var header = Encoding.Latin1.GetBytes($"{reference.Groups[1].Value} {reference.Groups[2].Value} obj");
            var found = -1;
            for (var end = pdf.Length; found < 0 && pdf[..end].LastIndexOf(header) is var candidate and >= 0; end = candidate)
                if (candidate == 0 || IsWhiteSpace(pdf[candidate - 1])) found = candidate;
            if (found < 0 || Token(pdf[(found + header.Length)..]) is not DictionaryToken referenced) return null;
            dictionary = referenced;
        }
        if (Name(dictionary, "Filter") != "Standard") return null;
        var revision = Number(dictionary, "R") ?? 0;
        var owner = Bytes(dictionary.Data.GetValueOrDefault("O"));
        var user = Bytes(dictionary.Data.GetValueOrDefault("U"));
        var version = Number(dictionary, "V") ?? 0;
        if (revision is 5 or 6) return Revisions5And6(dictionary, revision, user);
        if (revision is < 2 or > 4) return null;
        // The file's ID, first of the trailer's /ID, which stands before or after /Encrypt: the one the password check accepts.
        var near = pdf[Math.Max(0, at - NearTrailer)..Math.Min(pdf.Length, at + NearTrailer)];
        foreach (var i in new[] { near.IndexOf("/ID"u8), near.LastIndexOf("/ID"u8) })
        {
            var id = i >= 0 && Token(near[(i + 3)..]) is ArrayToken { Data.Count: > 0 } ids ? Bytes(ids.Data[0]) : [];
            if (Revisions2To4(dictionary, version, revision, owner, user, id) is { } opened) return opened;
        }
        return null;
    }

    /// <summary>How far around /Encrypt the trailer's /ID is looked for.</summary>
    private const int NearTrailer = 4096;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([0-9]{1,10})\s+([0-9]{1,5})\s+R")]
    private static partial System.Text.RegularExpressions.Regex Reference();

    private static PdfEncryption? Revisions2To4(DictionaryToken dictionary, int version, int revision, byte[] owner, byte[] user, byte[] id)
    {
        var cipher = Cipher.Rc4;
        var length = (Number(dictionary, "Length") ?? 40) / 8;
        if (version == 4)
        {
            // Streams are encrypted as the crypt filter /StmF names says: RC4 (V2), AES-128 (AESV2), or not at all.
            var filter = Name(dictionary, "StmF") ?? "Identity";
            var method = filter == "Identity" ? "None"
                : dictionary.Data.GetValueOrDefault("CF") is DictionaryToken filters && filters.Data.GetValueOrDefault(filter) is DictionaryToken named
                    ? Name(named, "CFM") ?? "None" : "None";
            cipher = method switch { "V2" => Cipher.Rc4, "AESV2" => Cipher.Aes, _ => Cipher.None };
            if (cipher == Cipher.Aes) length = 16;
        }
        if (owner.Length < 32 || user.Length < 16 || length is < 5 or > 16) return null;
        var permissions = BitConverter.GetBytes(Number(dictionary, "P") ?? 0);
        var metadata = dictionary.Data.GetValueOrDefault("EncryptMetadata") is BooleanToken { Data: false } && revision == 4 ? [0xFF, 0xFF, 0xFF, 0xFF] : Array.Empty<byte>();
        var key = MD5.HashData([.. Padding, .. owner[..32], .. permissions, .. id, .. metadata]);
        if (revision == 2) length = 5;
        for (var i = 0; revision >= 3 && i < 50; i++) key = MD5.HashData(key.AsSpan(0, length));
        key = key[..length];
        // Whether the empty password is the user's: the key encrypts the padding (revision 2) or its hash with the file's ID.
        byte[] check;
        if (revision == 2) check = Rc4(key, Padding);
        else
        {
            check = Rc4(key, MD5.HashData([.. Padding, .. id]));
            for (byte round = 1; round <= 19; round++) check = Rc4([.. key.Select(b => (byte)(b ^ round))], check);
        }
        var compared = revision == 2 ? 32 : 16;
        return check.AsSpan(0, compared).SequenceEqual(user.AsSpan(0, compared)) ? new PdfEncryption(key, cipher, perObject: true) : null;
    }

    private static PdfEncryption? Revisions5And6(DictionaryToken dictionary, int revision, byte[] user)
    {
        var userKey = Bytes(dictionary.Data.GetValueOrDefault("UE"));
        if (user.Length < 48 || userKey.Length < 32) return null;
        // The empty password hashed with the validation salt gives the first 32 bytes of /U; with the key salt, the key to /UE.
        if (!Hash(revision, user[32..40]).AsSpan().SequenceEqual(user.AsSpan(0, 32))) return null;
        using var aes = Aes.Create();
        aes.Key = Hash(revision, user[40..48]);
        var key = aes.DecryptCbc(userKey[..32], new byte[16], PaddingMode.None);
        return new PdfEncryption(key, Cipher.Aes, perObject: false);
    }

    /// <summary>The empty password's hash with a salt: SHA-256 (revision 5), or the rounds of SHA-2 and AES of revision 6.</summary>
    private static byte[] Hash(int revision, byte[] salt)
    {
        var hash = SHA256.HashData(salt);
        if (revision == 5) return hash;
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var repeated = new byte[64 * hash.Length];
            for (var i = 0; i < 64; i++) hash.CopyTo(repeated, i * hash.Length);
            aes.Key = hash[..16];
            var encrypted = aes.EncryptCbc(repeated, hash[16..32], PaddingMode.None);
            hash = (encrypted[..16].Sum(b => b) % 3) switch
            {
                0 => SHA256.HashData(encrypted),
                1 => SHA384.HashData(encrypted),
                _ => SHA512.HashData(encrypted),
            };
            if (round >= 63 && encrypted[^1] <= round - 31) return hash[..32];
        }
    }

    private static byte[] Rc4(byte[] key, ReadOnlySpan<byte> data)
    {
        var state = new byte[256];
        for (var i = 0; i < 256; i++) state[i] = (byte)i;
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 255;
            (state[i], state[j]) = (state[j], state[i]);
        }
        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + state[i]) & 255;
            (state[i], state[j]) = (state[j], state[i]);
            output[n] = (byte)(data[n] ^ state[(state[i] + state[j]) & 255]);
        }
        return output;
    }

    /// <summary>The first token of <paramref name="bytes"/> (a dictionary, an array), as PdfPig reads it; null if none.</summary>
    private static IToken? Token(ReadOnlySpan<byte> bytes)
    {
        // An encryption dictionary and a trailer's ID are a few hundred bytes.
        var scanner = new CoreTokenScanner(new MemoryInputBytes(bytes[..Math.Min(bytes.Length, 4096)].ToArray()), true, new StackDepthGuard(8));
        return scanner.MoveNext() ? scanner.CurrentToken : null;
    }

    private static string? Name(DictionaryToken dictionary, string key) => dictionary.Data.GetValueOrDefault(key) is NameToken name ? name.Data : null;

    private static int? Number(DictionaryToken dictionary, string key) => dictionary.Data.GetValueOrDefault(key) is NumericToken number ? number.Int : null;

    private static byte[] Bytes(IToken? token) => token switch
    {
        HexToken hex => [.. hex.Bytes],
        StringToken text => text.GetBytes(),
        _ => [],
    };

    private static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
}
