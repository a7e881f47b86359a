namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>One thing wrong with the data files, naming the file, the entry and the field.</summary>
public sealed record SeedError(string File, string Entry, string Field, string Message)
{
    public override string ToString() => $"{File} › {Entry} › {Field}: {Message}";
}
