#include "output/atomic_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <system_error>
#include <utility>

#include "base/fresh_file.h"
#include "base/parallel_for.h"

namespace handboek::output {

namespace fs = std::filesystem;

namespace {

bool is_inside(const fs::path& path, const fs::path& folder) {
  const auto [end, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

std::string cannot_replace(const fs::path& out, const std::string& reason) {
  return "kan " + out.string() + " niet vervangen (" + reason + ")";
}

// OUT may be replaced when it does not exist, is empty, or was built by us.
base::Status may_replace(const fs::path& out) {
  std::error_code error;
  if (!fs::exists(out, error)) return {};
  if (!fs::is_directory(out, error)) return base::Status::failure(out.string() + " bestaat al en is geen map");
  if (fs::is_empty(out, error) || fs::exists(out / kMarkerFile, error)) return {};
  return base::Status::failure(out.string() +
                               " is niet leeg en is niet door handboek gemaakt; handboek vervangt het niet");
}

constexpr const char* kMarkerText = "gebouwd door handboek; deze map wordt bij elke bouw vervangen\n";

// The marker of a temporary folder, held open with an exclusive flock() for
// as long as the build that made it runs. The kernel drops the lock when the
// process dies however it dies (even SIGKILL), so a marker that can be
// locked belongs to a dead build and its folder is debris.
class HeldMarker {
 public:
  HeldMarker() = default;
  HeldMarker(const HeldMarker&) = delete;
  HeldMarker& operator=(const HeldMarker&) = delete;
  ~HeldMarker() {
    if (fd_ >= 0) ::close(fd_);
  }
  // Creates the marker in `folder` and locks it.
  bool create(const fs::path& folder) {
    fd_ = ::open((folder / kMarkerFile).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd_ < 0 || ::flock(fd_, LOCK_EX | LOCK_NB) != 0) return false;
    const std::string_view text = kMarkerText;
    return ::write(fd_, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  }

 private:
  int fd_ = -1;
};

// A temporary folder of a build that is no longer running: named like ours
// ("<out>.tmp-<pid>-<n>", "<out>.old-<pid>", or ".<out>.tmp-<pid>-<n>.new"
// while being prepared), a real folder, with a marker nobody holds.
bool is_dead_builds_folder(const fs::directory_entry& entry, const std::string& out_name) {
  std::string name = entry.path().filename().string();
  if (name.size() > 5 && name.front() == '.' && name.compare(name.size() - 4, 4, ".new") == 0) {
    name = name.substr(1, name.size() - 5);
  }
  const bool ours_by_name = [&] {
    for (const char* kind : {".tmp-", ".old-"}) {
      const std::string prefix = out_name + kind;
      if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
          std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                      [](unsigned char c) { return std::isdigit(c) || c == '-'; })) {
        return true;
      }
    }
    return false;
  }();
  std::error_code error;
  if (!ours_by_name || entry.is_symlink(error) || !entry.is_directory(error)) return false;
  const int fd = ::open((entry.path() / kMarkerFile).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  const bool unheld = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return unheld;
}

}  // namespace

// The marker goes last: a build killed while removing a folder leaves it
// with its marker (now unlocked), which the next build recognises as debris
// and removes. Removed first, the folder would be left for ever.
void remove_build_folder(const fs::path& folder) {
  std::error_code error;
  for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
    if (it->path().filename() == kMarkerFile) continue;
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
  fs::remove_all(folder, error);
}

namespace {

// Removes what killed builds left beside OUT (only folders recognised by
// name and by an unheld marker; never anything else).
void remove_dead_builds_folders(const fs::path& parent, const std::string& out_name) {
  std::error_code error;
  std::vector<fs::path> debris;
  for (const fs::directory_entry& entry : fs::directory_iterator(parent, error)) {
    if (is_dead_builds_folder(entry, out_name)) debris.push_back(entry.path());
  }
  for (const fs::path& folder : debris) remove_build_folder(folder);
}

// A temporary folder "<out>.tmp-<pid>" with a held marker. It is prepared
// under a name the cleanup never matches and renamed once the marker is
// locked, so another build can never take it for debris.
base::Status make_temporary(const fs::path& parent, const fs::path& temporary, HeldMarker& marker) {
  std::error_code error;
  const fs::path preparing = parent / ("." + temporary.filename().string() + ".new");
  if (!fs::create_directory(preparing, error)) {
    return base::Status::failure("kan " + preparing.string() + " niet maken (" +
                                 (error ? error.message() : "het bestaat al") + ")");
  }
  if (!marker.create(preparing)) {
    fs::remove_all(preparing, error);
    return base::Status::failure("kan het markeerbestand in " + preparing.string() + " niet schrijven");
  }
  fs::rename(preparing, temporary, error);
  if (error) {
    const std::string why = "kan " + temporary.string() + " niet maken (" + error.message() + ")";
    fs::remove_all(preparing, error);
    return base::Status::failure(why);
  }
  return {};
}

// Files are made on `jobs` threads: making a file and its folder is a
// system call that waits on the file system, and a version is thousands.
base::Status write_tree(const base::OutputTree& tree, const fs::path& folder, int jobs) {
  std::vector<const std::pair<const std::string, std::string>*> files;
  files.reserve(tree.files().size());
  for (const auto& file : tree.files()) files.push_back(&file);
  std::vector<std::string> failures(files.size());
  base::parallel_for(files.size(), jobs, [&](size_t i) {
    const auto& [relative, bytes] = *files[i];
    const fs::path target = folder / relative;
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (error || !base::write_fresh_file(target, bytes)) {  // never through a shared hard link
      failures[i] = "kan " + target.string() + " niet schrijven" + (error ? " (" + error.message() + ")" : "");
    }
  });
  for (const std::string& failure : failures) {
    if (!failure.empty()) return base::Status::failure(failure);
  }
  return {};
}

// For file systems without renameat2's flags: OUT moves aside, the new site
// moves in, the old one is deleted; there is a short moment without a site.
base::Status swap_in_two_steps(const fs::path& temporary, const fs::path& out) {
  std::error_code error;
  if (base::Status replaceable = may_replace(out); !replaceable.ok()) {
    return replaceable;
  }
  const fs::path old = out.parent_path() / (out.filename().string() + ".old-" + std::to_string(::getpid()));
  const bool had_site = fs::exists(out, error);
  if (had_site) fs::rename(out, old, error);
  if (error) {
    return base::Status::failure(cannot_replace(out, error.message()));
  }
  fs::rename(temporary, out, error);
  if (error) {
    std::error_code restore_error;
    if (had_site) fs::rename(old, out, restore_error);  // put the previous site back
    return base::Status::failure(cannot_replace(out, error.message()));
  }
  if (had_site) remove_build_folder(old);
  return {};
}

// Exchanges the finished `temporary` with `out` in one step, so there is no
// moment without a site. What comes out must be ours (empty or with the
// marker): a folder someone created at OUT while the site was being written
// is swapped back and left alone.
base::Status swap_in(const fs::path& temporary, const fs::path& out) {
  std::error_code error;
  if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, out.c_str(), RENAME_NOREPLACE) == 0) return {};
  if (errno == EINVAL || errno == ENOSYS) return swap_in_two_steps(temporary, out);
  if (errno != EEXIST) {
    return base::Status::failure("kan " + out.string() + " niet maken (" + std::generic_category().message(errno) +
                                 ")");
  }
  if (base::Status replaceable = may_replace(out); !replaceable.ok()) {  // OUT appeared, or changed owner
    return replaceable;
  }
  if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno == EINVAL || errno == ENOSYS) return swap_in_two_steps(temporary, out);
    return base::Status::failure(cannot_replace(out, std::generic_category().message(errno)));
  }
  if (!may_replace(temporary).ok()) {  // lost a race in the last microseconds: undo
    ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE);
    return base::Status::failure(
        out.string() +
        " is vervangen door een map die handboek niet gemaakt heeft terwijl de site geschreven werd; "
        "die blijft zoals ze is");
  }
  remove_build_folder(temporary);  // now holds the previous site
  return {};
}

}  // namespace

class StagedSite::Marker : public HeldMarker {};

StagedSite::StagedSite(fs::path out, fs::path temporary, std::unique_ptr<Marker> marker)
    : out_(std::move(out)), temporary_(std::move(temporary)), marker_(std::move(marker)) {}

StagedSite::StagedSite(StagedSite&& other) noexcept
    : out_(std::move(other.out_)), temporary_(std::exchange(other.temporary_, {})), marker_(std::move(other.marker_)) {}

StagedSite::~StagedSite() {
  std::error_code error;
  if (!temporary_.empty()) remove_build_folder(temporary_);
}

base::StatusOr<StagedSite> StagedSite::begin(const fs::path& out_argument, const fs::path& protected_folder) {
  std::error_code error;
  fs::path out = fs::weakly_canonical(fs::absolute(out_argument), error);
  if (!out.has_filename()) out = out.parent_path();  // "public/" names the folder "public"
  const fs::path site = fs::weakly_canonical(fs::absolute(protected_folder), error);
  if (is_inside(site, out)) {
    return base::Status::failure("de uitvoermap " + out.string() + " mag de map van de site niet bevatten");
  }
  for (const char* source_folder : {"content", "forms"}) {
    // The next build would read the built site back in as content.
    if (is_inside(out, site / source_folder)) {
      return base::Status::failure("de uitvoermap " + out.string() + " mag niet in " + source_folder +
                                   "/ van de site liggen");
    }
  }
  if (base::Status replaceable = may_replace(out); !replaceable.ok()) return replaceable;

  const fs::path parent = out.parent_path();
  fs::create_directories(parent, error);
  remove_dead_builds_folders(parent, out.filename().string());
  // Unique per build, also within one process (a test, or `serve`).
  static std::atomic<int> builds{0};
  fs::path temporary =
      parent / (out.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++builds));
  auto marker = std::make_unique<Marker>();
  if (base::Status made = make_temporary(parent, temporary, *marker); !made.ok()) return made;
  return StagedSite(std::move(out), std::move(temporary), std::move(marker));
}

base::Status StagedSite::write(const base::OutputTree& tree, int jobs) {
  if (temporary_.empty()) return base::Status::failure("de site is al gepubliceerd");
  return write_tree(tree, temporary_, jobs);
}

base::Status StagedSite::publish(const BeforeSwap& before_swap, const AfterFailure& after_failure) {
  const fs::path temporary = std::exchange(temporary_, {});
  if (temporary.empty()) return base::Status::failure("de site is al gepubliceerd");
  base::Status done = before_swap ? before_swap(temporary) : base::Status();
  if (done.ok()) done = swap_in(temporary, out_);
  if (!done.ok()) {
    // OUT is the previous site again (unless a folder that is not ours
    // took its place): what before_swap took from it goes back before the
    // temporary folder is removed.
    if (after_failure && may_replace(out_).ok()) after_failure(temporary);
    remove_build_folder(temporary);
  }
  return done;
}

base::Status write_atomically(const base::OutputTree& tree, const fs::path& out, const fs::path& protected_folder,
                              const BeforeSwap& before_swap) {
  base::StatusOr<StagedSite> staged = StagedSite::begin(out, protected_folder);
  if (!staged.ok()) return staged.status();
  if (base::Status written = staged->write(tree); !written.ok()) return written;
  return staged->publish(before_swap);
}

}  // namespace handboek::output
