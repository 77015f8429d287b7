using Archive.Indexer.Chinese;
using Archive.Indexer.Cli;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class SegmentCommandTests(SegmentationFixture fixture)
{
    [Fact]
    public void Each_input_line_becomes_one_line_of_words_separated_by_single_spaces()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Language, new StringReader("宜秀区第一时间召开疫情防控部署会\n\n  全区  组织1450余名干部\r\n5G"), output, SegmentMode.Precise);
        Assert.Equal("宜秀区 第一时间 召开 疫情防控 部署会\n\n全区 组织 1450余 名 干部\n5g\n", output.ToString());
    }

    [Fact]
    public void A_lone_carriage_return_inside_a_line_is_white_space_not_a_line_break()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Language, new StringReader("疫情\r防控\n党建\r\n\r\n组织"), output, SegmentMode.Precise);
        Assert.Equal("疫情 防控\n党建\n\n组织\n", output.ToString());
    }

    [Fact]
    public void Traditional_script_is_segmented_as_the_index_reads_it_folded_to_simplified()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Language, new StringReader("各級黨組織認真落實雙報到制度\n黨(dǎng)建"), output, SegmentMode.Precise);
        Assert.Equal(string.Join(' ', fixture.Segmenter.Words("各级党组织认真落实双报到制度")) + "\n党建\n", output.ToString());
        Assert.Contains("党组织", output.ToString());
    }

    [Fact]
    public void Search_mode_adds_the_sub_words()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Language, new StringReader("筑牢疫情防控红色堡垒"), output, SegmentMode.Search);
        Assert.Equal("筑牢 疫情防控 疫情 防控 红色堡垒 红色 堡垒\n", output.ToString());
    }

    [Fact]
    public void A_line_without_end_is_written_a_piece_at_a_time_as_one_line_of_the_same_words()
    {
        // Held whole until its line feed, a 2 GB line exhausted memory; its words now come out while it is still read.
        const string sentence = "全区组织1450余名干部下沉社区，筑牢疫情防控红色堡垒。";
        var output = new StringWriter();
        var input = new EndlessLine(sentence, 20 * SegmentCommand.MaxPieceLength / sentence.Length, output);

        SegmentCommand.Write(fixture.Language, input, output, SegmentMode.Precise);

        Assert.True(input.OutputSeenHalfway > 0, "nothing was written before the line ended");
        var words = string.Join(' ', fixture.Segmenter.Words(sentence));
        Assert.Equal(string.Join(' ', Enumerable.Repeat(words, input.Lines)) + "\n", output.ToString());
        Assert.Equal(1, output.ToString().Count(c => c == '\n'));
    }

    /// <summary>Serves one sentence many times over without a line feed, and notes how much was written halfway through.</summary>
    private sealed class EndlessLine(string sentence, int lines, StringWriter output) : TextReader
    {
        private int _served;

        public int Lines => lines;
        public int OutputSeenHalfway { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_served == lines) return 0;
            if (_served == lines / 2) OutputSeenHalfway = output.GetStringBuilder().Length;
            sentence.CopyTo(0, buffer, index, sentence.Length);
            _served++;
            return sentence.Length;
        }
    }
}
