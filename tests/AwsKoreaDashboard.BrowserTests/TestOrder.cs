using AwsKoreaDashboard.Testing;

// The classes marked [StartsEarly] first, the longest first; then the others by name.
[assembly: TestCollectionOrderer(StartsEarlyOrderer.TypeName, StartsEarlyOrderer.AssemblyName)]
