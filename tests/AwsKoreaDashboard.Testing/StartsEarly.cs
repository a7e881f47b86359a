using Xunit;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// A test class that takes long, or spends most of its time waiting on another program (Lighthouse loading pages,
/// LibreOffice, a whole-site export, a proxy's cache lifetimes): <see cref="StartsEarlyOrderer"/> starts such
/// classes first, the longest first, so that the shorter ones fill in beside them. Started last, a long class ran
/// nearly alone at the end of its project with a core idle (docs/benchmarks.md, Rounds 10 and 11).
/// </summary>
/// <param name="seconds">About how long the class took in an idle run (the test results' start and end times): the order, not a limit.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartsEarlyAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}

/// <summary>
/// Test classes (one collection each) with <see cref="StartsEarlyAttribute"/> first, longest first, then every other
/// by name. A class in a named <c>[Collection]</c> is ordered by the collection's name and never starts early. Used
/// as <c>[assembly: TestCollectionOrderer(StartsEarlyOrderer.TypeName, StartsEarlyOrderer.AssemblyName)]</c>.
/// </summary>
public sealed class StartsEarlyOrderer : ITestCollectionOrderer
{
    public const string TypeName = "AwsKoreaDashboard.Testing.StartsEarlyOrderer";

    public const string AssemblyName = "AwsKoreaDashboard.Testing";

    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Seconds).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    /// <summary>The class's <see cref="StartsEarlyAttribute.Seconds"/>, or -1.</summary>
    private static int Seconds(ITestCollection collection) =>
        collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal)
        && collection.TestAssembly.Assembly is IReflectionAssemblyInfo assembly
        && assembly.Assembly.GetType(collection.DisplayName[Prefix.Length..]) is { } type
        && Attribute.GetCustomAttribute(type, typeof(StartsEarlyAttribute)) is StartsEarlyAttribute early
            ? early.Seconds
            : -1;
}
