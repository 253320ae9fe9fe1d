using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// reportgen installs like any .NET tool: the packed nupkg goes into an empty tool path with no
/// other package source, and the installed reportgen renders an example from a folder outside
/// the repository with the templates and profiles it carries.
/// </summary>
public class ToolPackageTests
{
    const string Configuration = Build.Configuration;

    [Fact]
    public void The_packed_tool_installs_into_an_empty_tool_path_and_renders_from_any_folder()
    {
        using var dir = new Repo.TempDir();
        var feed = Path.Combine(dir.Path, "feed");
        // The test project has just built reportgen: pack that build rather than build again.
        Programs.Run(Repo.Root, "dotnet", "pack", Path.Combine(Repo.Root, "src", "reportgen"), "-c", Configuration, "--no-build", "-o", feed);
        var nupkg = Assert.Single(Directory.GetFiles(feed, "reportgen.*.nupkg"));
        var config = dir.File("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(dir.Path, "tools");
        Programs.Run(dir.Path, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "reportgen");

        var elsewhere = Path.Combine(dir.Path, "van-thu");
        Directory.CreateDirectory(elsewhere);
        File.Copy(Repo.Example("khanh-hoa-2021"), Path.Combine(elsewhere, "ke-hoach.yaml"));
        var output = Programs.Run(elsewhere, Path.Combine(tools, OperatingSystem.IsWindows() ? "reportgen.exe" : "reportgen"), "render", "ke-hoach.yaml", "-o", "out");

        // Vietnamese by default; English from the 'en' satellite assemblies the package carries.
        Assert.Contains("đã ghi out/ke-hoach.docx", output.Replace('\\', '/'));
        var english = Programs.Run(elsewhere, Path.Combine(tools, OperatingSystem.IsWindows() ? "reportgen.exe" : "reportgen"), "render", "ke-hoach.yaml", "-o", "out", "--lang", "en");
        Assert.Contains("wrote out/ke-hoach.docx", english.Replace('\\', '/'));
        using (var doc = WordprocessingDocument.Open(Path.Combine(elsewhere, "out", "ke-hoach.docx"), false))
            Assert.Contains("Triển khai Chương trình hành động", doc.MainDocumentPart!.Document.Body!.InnerText);
        Assert.True(File.Exists(Path.Combine(elsewhere, "out", "ke-hoach.phu-luc.xlsx")));

        using var package = ZipFile.OpenRead(nupkg);
        var files = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("tools/net10.0/any/templates/ke-hoach.sbn", files);
        Assert.Contains("tools/net10.0/any/templates/nhan-ban.sbn", files);
        Assert.Contains("tools/net10.0/any/templates/profiles/dang.yaml", files);
        // Beside templates/, where the bundled profiles' first line (../../schemas/...) finds it.
        Assert.Contains("tools/net10.0/any/schemas/the-thuc.schema.json", files);
        Assert.Contains("README.md", files);
        Assert.Contains("tools/net10.0/any/en/ReportKit.resources.dll", files);
        Assert.Contains("tools/net10.0/any/en/reportgen.resources.dll", files);
        var meta = Programs.NuspecMetadata(package);
        string Meta(string name) => meta.Field(name);
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.Contains("KẾ HOẠCH", Meta("description"));
        Assert.Contains("vietnamese", Meta("tags"));
        Assert.Contains(meta.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
    }
}
