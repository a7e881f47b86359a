namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A section of the background page with its paragraphs and list items, cited to its source.</summary>
public sealed record BackgroundSectionRecord(string Key, LocalizedText Title, IReadOnlyList<BackgroundBlockRecord> Blocks, SourceRecord Source, string Quote)
{
    public IEnumerable<BackgroundBlockRecord> Paragraphs => Blocks.Where(b => b.Kind == "paragraph");

    public IEnumerable<BackgroundBlockRecord> Items => Blocks.Where(b => b.Kind == "item");
}

public sealed record BackgroundBlockRecord(string Kind, LocalizedText Text);
