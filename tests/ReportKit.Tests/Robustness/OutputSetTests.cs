using System.Text;
using ReportKit.Diagnostics;
using ReportKit.Tests.Support;
using ReportKit.Writers;

namespace ReportKit.Tests.Robustness;

/// <summary>The files of one render land together or not at all; earlier files stay byte for byte.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OutputSetTests
{
    static Action<Stream> Text(string s) => stream => stream.Write(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void Every_file_of_the_set_is_written()
    {
        using var dir = new Repo.TempDir();
        var set = new OutputSet().Add(Path.Combine(dir.Path, "out", "a.docx"), Text("A")).Add(Path.Combine(dir.Path, "out", "a.phu-luc.xlsx"), Text("B"));
        set.Commit();
        Assert.Equal("A", File.ReadAllText(Path.Combine(dir.Path, "out", "a.docx")));
        Assert.Equal("B", File.ReadAllText(Path.Combine(dir.Path, "out", "a.phu-luc.xlsx")));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(dir.Path, "out")).Length);
    }

    [Fact]
    public void A_writer_failing_on_the_second_file_leaves_the_first_as_it_was_and_no_temporaries()
    {
        using var dir = new Repo.TempDir();
        var docx = dir.File("a.docx", "earlier docx");
        var xlsx = dir.File("a.phu-luc.xlsx", "earlier annex");
        var set = new OutputSet().Add(docx, Text("new docx")).Add(xlsx, _ => throw new InvalidOperationException("the annex writer failed"));
        Assert.Throws<InvalidOperationException>(set.Commit);
        Assert.Equal("earlier docx", File.ReadAllText(docx));
        Assert.Equal("earlier annex", File.ReadAllText(xlsx));
        Assert.Equal(2, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void An_output_name_that_is_a_folder_is_refused_before_anything_is_written()
    {
        using var dir = new Repo.TempDir();
        var docx = dir.File("a.docx", "earlier docx");
        Directory.CreateDirectory(Path.Combine(dir.Path, "a.phu-luc.xlsx"));
        var ex = Assert.Throws<ReportKitException>(new OutputSet().Add(docx, Text("new")).Add(Path.Combine(dir.Path, "a.phu-luc.xlsx"), Text("x")).Commit);
        Assert.StartsWith("a.phu-luc.xlsx: is a folder", ex.Diagnostics.Single().ToString());
        Assert.Equal("earlier docx", File.ReadAllText(docx));
        Assert.Single(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_read_only_earlier_output_is_refused_not_replaced()
    {
        using var dir = new Repo.TempDir();
        var docx = dir.File("a.docx", "the issued version");
        File.SetUnixFileMode(docx, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        try
        {
            var ex = Assert.Throws<ReportKitException>(new OutputSet().Add(docx, Text("new")).Commit);
            Assert.Contains("is read-only", ex.Message);
            Assert.Equal("the issued version", File.ReadAllText(docx));
        }
        finally
        {
            File.SetUnixFileMode(docx, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Writing_into_a_path_under_a_file_is_refused_with_the_file_named()
    {
        using var dir = new Repo.TempDir();
        var notAFolder = dir.File("out", "a file where the output folder would be");
        var ex = Assert.Throws<ReportKitException>(new OutputSet().Add(Path.Combine(notAFolder, "a.docx"), Text("x")).Commit);
        Assert.StartsWith("out: is a file, not a folder", ex.Diagnostics.Single().ToString());
    }
}
