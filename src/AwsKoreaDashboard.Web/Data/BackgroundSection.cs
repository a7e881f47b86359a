namespace AwsKoreaDashboard.Web.Data;

/// <summary>A section of the background page, from the study notes, cited to them.</summary>
public sealed class BackgroundSection
{
    public required string Key { get; set; }
    public int Position { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public required string SourceKey { get; set; }
    public required string Quote { get; set; }
    public List<BackgroundBlock> Blocks { get; set; } = [];
}

/// <summary>A paragraph or a list item of a background section, in Korean and English.</summary>
public sealed class BackgroundBlock
{
    public required string SectionKey { get; set; }
    public int Position { get; set; }
    public required string Kind { get; set; }
    public required string TextKo { get; set; }
    public required string TextEn { get; set; }
}
