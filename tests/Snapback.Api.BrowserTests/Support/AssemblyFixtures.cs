using Snapback.Api.BrowserTests.Support;

// One running service and one browser for every browser test.
[assembly: AssemblyFixture(typeof(BrowserApp))]

// The pages share one browser profile, so tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
