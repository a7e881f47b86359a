namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// One dated step of the story: either the article's own (it then points at figures by key and carries no
/// amounts) or a follow-up, which is not from the original article and is cited to outlets.
/// </summary>
public sealed class TimelineEvent
{
    public required string Key { get; set; }
    public int Position { get; set; }
    /// <summary>"article" or "follow-up".</summary>
    public required string Origin { get; set; }
    /// <summary>"korea", or "regional" for context that is not a Korea-specific amount.</summary>
    public required string Scope { get; set; }
    /// <summary>As written in the file: yyyy-MM-dd, yyyy-MM or yyyy-Qn.</summary>
    public required string Date { get; set; }
    public required string Precision { get; set; }
    /// <summary>The first day the date can mean, for ordering.</summary>
    public DateOnly SortDate { get; set; }
    public required string Kind { get; set; }
    public required string SummaryKo { get; set; }
    public required string SummaryEn { get; set; }
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    public string? PeriodKo { get; set; }
    public string? PeriodEn { get; set; }
    /// <summary>Keys in figures.json, comma-separated (article events only).</summary>
    public string FigureKeys { get; set; } = "";
    /// <summary>Notes, one per line.</summary>
    public string NotesKo { get; set; } = "";
    public string NotesEn { get; set; } = "";
}
