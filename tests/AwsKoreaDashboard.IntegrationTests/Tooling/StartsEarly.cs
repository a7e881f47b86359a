using Xunit.Abstractions;

[assembly: TestCollectionOrderer("AwsKoreaDashboard.IntegrationTests.Tooling.StartsEarlyOrderer", "AwsKoreaDashboard.IntegrationTests")]

namespace AwsKoreaDashboard.IntegrationTests.Tooling;

/// <summary>
/// A test class that spends most of its time waiting on another program (Lighthouse loading pages, LibreOffice,
/// a whole-site export, a proxy's cache lifetimes). <see cref="StartsEarlyOrderer"/> starts such classes first, so
/// the classes that keep the processor busy run beside them; started last, they ran nearly alone at the end of
/// tests/run.sh with one core idle.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartsEarlyAttribute : Attribute;

/// <summary>
/// Test classes (one collection each) by name, the <see cref="StartsEarlyAttribute"/> ones first. A class in a named
/// <c>[Collection]</c> is ordered by the collection's name and never starts early.
/// </summary>
public sealed class StartsEarlyOrderer : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => StartsEarly(c) ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static bool StartsEarly(ITestCollection collection) =>
        collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal)
        && typeof(StartsEarlyOrderer).Assembly.GetType(collection.DisplayName[Prefix.Length..]) is { } type
        && Attribute.IsDefined(type, typeof(StartsEarlyAttribute));
}
