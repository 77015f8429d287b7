namespace Archive.Indexer.Tests.Chinese;

/// <summary>Shares one <see cref="SegmentationFixture"/> between the segmentation test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SegmentationCollection : ICollectionFixture<SegmentationFixture>
{
    public const string Name = "Chinese segmentation";
}
