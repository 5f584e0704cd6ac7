namespace Snapback.Lists.Tests.Support;

/// <summary>The small hand-made and excerpted list files in TestData/, as copied beside the test binary.</summary>
internal static class TestFiles
{
    /// <summary><c>Get("Xml", "xxe.xml")</c> → TestData/Xml/xxe.xml.</summary>
    public static string Get(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
