using Snapback.Api.Tests.Support;

// One service (and one imported database) shared by every test class.
[assembly: AssemblyFixture(typeof(SnapbackApiFactory))]
