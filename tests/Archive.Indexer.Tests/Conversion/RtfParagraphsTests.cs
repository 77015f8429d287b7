using System.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

public sealed class RtfParagraphsTests
{
    private const string Head = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 ";

    private static string Split(string rtf) => Encoding.ASCII.GetString(RtfParagraphs.Split(Encoding.ASCII.GetBytes(rtf)).Span);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void Paragraphs_of_real_length_are_left_as_they_are()
    {
        var rtf = Head + Repeat(Repeat("\\'d6\\'d0", 400) + "\\'a1\\'a3\\par ", 50) + "}";

        Assert.Equal(rtf, Split(rtf));
    }

    [Fact]
    public void A_file_of_nested_groups_is_scanned_without_keeping_each_group()
    {
        // 20 MB of opening braces kept an entry each: some 128 MB as the bookkeeping grew.
        var braces = new byte[20_000_000];
        Array.Fill(braces, (byte)'{');
        "{\\rtf1 "u8.CopyTo(braces);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var split = RtfParagraphs.Split(braces);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(braces.Length, split.Length);
        Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Pictures_fonts_and_binary_data_are_no_paragraph_text()
    {
        var rtf = Head + "{\\pict\\pngblip " + Repeat("89ab", 20_000) + "}{\\*\\generator " + Repeat("x", 20_000) + "}" +
                  "{\\object{\\*\\objdata " + Repeat("0f", 20_000) + "}}{\\pict \\bin30000 " + Repeat("{\\'\\u", 6_000) + "} ganbu}";

        Assert.Equal(rtf, Split(rtf));
    }

    [Fact]
    public void A_long_paragraph_is_cut_after_a_sentence_and_never_inside_a_character()
    {
        var sentence = Repeat("\\'d6\\'d0\\u22269?", 30) + "\\'a1\\'a3";
        var rtf = Head + Repeat(sentence, 200) + "}";

        var split = Split(rtf);

        Assert.Equal(rtf, split.Replace("\\par ", ""));
        var pieces = split[Head.Length..].Split("\\par ");
        Assert.True(pieces.Length > 1);
        Assert.All(pieces[..^1], piece => Assert.EndsWith("\\'a1\\'a3", piece));
    }

    [Fact]
    public void A_Word_paragraph_of_real_length_stays_whole_however_many_control_words_its_runs_take()
    {
        // Word writes each run with half a dozen control words and switches fonts around every Latin letter or digit:
        // 780 characters in 60 runs.
        var run = "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid1234567 " + Repeat("\\'d6\\'d0", 12) + "\\'a1\\'a3}" +
                  "\\hich\\af13\\dbch\\af13\\loch\\f13 ";
        var rtf = Head + Repeat(run, 60) + "\\'a1\\'a3\\par }";

        Assert.Equal(rtf, Split(rtf));
    }

    [Fact]
    public void A_paragraph_where_no_sentence_ends_is_cut_between_characters()
    {
        var rtf = Head + Repeat("{\\b \\u20013?}\\'d6\\'d0", 10_000) + "}";

        var split = Split(rtf);

        Assert.Equal(rtf, split.Replace("\\par ", ""));
        Assert.True(split.Split("\\par ").Length > 10);
        Assert.DoesNotContain("\\par ?", split);
        Assert.DoesNotContain("\\'d6\\par ", split);
    }

    [Fact]
    public void A_paragraph_switching_font_on_every_character_is_cut_within_a_few_hundred_runs()
    {
        // LibreOffice's import works in the square of a paragraph's runs: cut at 600 to 800 runs, 30,000 characters each
        // set in the other font took it 1.4 s of processor time, where 40 runs a paragraph take 0.5 s.
        var sentence = Repeat("\\f0\\u20013?\\f1\\u22269?", 20) + "\\u12290?";
        var rtf = Head + Repeat(sentence, 200) + "}";

        var split = Split(rtf);

        Assert.Equal(rtf, split.Replace("\\par ", ""));
        var pieces = split[Head.Length..].Split("\\par ");
        Assert.All(pieces, piece => Assert.InRange(piece.Split("\\f").Length - 1, 0, 320));
    }
}
