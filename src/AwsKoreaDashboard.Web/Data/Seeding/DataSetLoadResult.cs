namespace AwsKoreaDashboard.Web.Data.Seeding;

public sealed record DataSetLoadResult(DataSet? DataSet, IReadOnlyList<SeedError> Errors)
{
    public bool IsValid => DataSet is not null && Errors.Count == 0;
}
