using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>The real language data beside the test assembly, loaded once for all segmentation tests.</summary>
public sealed class SegmentationFixture
{
    internal ChineseLanguage Language => ChineseLanguage.Shared;

    internal Segmenter Segmenter => Language.Segmenter;

    internal string[] Words(string text, SegmentMode mode = SegmentMode.Precise) =>
        Segmenter.Segment(text, mode).Select(t => t.Text(text)).ToArray();

    public static string Sample(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), prefix + "*.txt").Single());
}
