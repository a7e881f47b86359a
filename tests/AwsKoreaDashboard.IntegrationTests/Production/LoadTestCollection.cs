namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// Load tests run alone, after the parallel tests and never beside them: they measure this process's memory
/// and throughput, which other tests would share.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTestCollection
{
    public const string Name = "Load tests (run alone)";
}
