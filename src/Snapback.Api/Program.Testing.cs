// WebApplicationFactory<Program> needs a public type from this assembly's entry point.
#pragma warning disable CA1515
public partial class Program;
#pragma warning restore CA1515
