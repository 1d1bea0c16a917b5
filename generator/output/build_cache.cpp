#include "output/build_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include "base/content_hash.h"
#include "base/fresh_file.h"
#include "base/site_path.h"
#include "output/atomic_writer.h"

namespace handboek::output {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMarkerText = "handboek build cache, format 1\n";
constexpr const char* kManifestHeader = "handboek-cache-entry 3";
constexpr const char* kFilesFolder = "files";
constexpr const char* kManifestFile = "manifest";
constexpr const char* kNoteFile = "note";
constexpr uintmax_t kManifestLimit = 64u << 20;

std::optional<std::string> read_small_file(const fs::path& path, uintmax_t limit) {
  std::error_code error;
  const uintmax_t size = fs::file_size(path, error);
  if (error || size > limit) return std::nullopt;
  std::ifstream file(path, std::ios::binary);
  std::string bytes(size, '\0');
  if (!file.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return bytes;
}

bool write_small_file(const fs::path& path, const std::string& bytes) {
  return base::write_fresh_file(path, bytes);
}

struct FileStamp {
  uintmax_t size = 0;
  int64_t mtime_ns = 0;
  ino_t inode = 0;   // not in the manifest: which file it is in this run
  dev_t device = 0;  // (the same in every hard link of it)
};

// lstat: a symlink is never followed, and never accepted.
std::optional<FileStamp> regular_file_stamp(const fs::path& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return FileStamp{static_cast<uintmax_t>(info.st_size),
                   static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec, info.st_ino,
                   info.st_dev};
}

struct CloseDir {
  void operator()(DIR* dir) const { ::closedir(dir); }
};
using DirHandle = std::unique_ptr<DIR, CloseDir>;

// Whether every file below `folder` (at `relative` in the version) is one
// of `expected` by path and inode, counting them in `matched`. A symlink,
// or anything but files and folders, fails: it is not what store() kept.
// At the top level the site's marker and the folders `nested` are skipped.
// readdir() names each entry's inode, so no file is stat()ed.
bool files_are(const fs::path& folder, const std::string& relative,
               const std::map<std::string, ino_t, std::less<>>& expected, const std::vector<std::string>& nested,
               size_t& matched) {
  const DirHandle dir(::opendir(folder.c_str()));
  if (!dir) return false;
  while (const dirent* entry = ::readdir(dir.get())) {
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    if (relative.empty() && (name == kMarkerFile || std::find(nested.begin(), nested.end(), name) != nested.end())) {
      continue;
    }
    const std::string path = relative.empty() ? std::string(name) : relative + "/" + std::string(name);
    unsigned char type = entry->d_type;
    if (type == DT_UNKNOWN) {  // a file system that does not say: ask
      struct stat info {};
      if (::lstat((folder / name).c_str(), &info) != 0) return false;
      type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISREG(info.st_mode) ? DT_REG : DT_LNK;
    }
    if (type == DT_DIR) {
      if (!files_are(folder / name, path, expected, nested, matched)) return false;
    } else if (const auto found = expected.find(path);
               type != DT_REG || found == expected.end() || found->second != entry->d_ino) {
      return false;
    } else {
      ++matched;
    }
  }
  return true;
}

// The file the entry keeps for the manifest's file number `index`: all in
// one folder, files/<index>, so storing a release makes no folder per page
// (each a new inode; a release is thousands of them).
fs::path stored_file(const fs::path& entry, size_t index) {
  return entry / kFilesFolder / std::to_string(index);
}

// A hard link where the file system allows it (same device), else a copy.
// The common case is one link() call: folders are made, and a file in the
// way removed, only when that call says so.
bool link_or_copy(const fs::path& from, const fs::path& to) {
  std::error_code error;
  fs::create_hard_link(from, to, error);
  if (error == std::errc::no_such_file_or_directory && fs::create_directories(to.parent_path(), error)) {
    fs::create_hard_link(from, to, error);
  }
  if (error == std::errc::file_exists && fs::remove(to, error)) fs::create_hard_link(from, to, error);
  if (!error) return true;
  fs::remove(to, error);  // a copy onto an existing file would write through its (possibly shared) inode
  return fs::copy_file(from, to, error) && !error;
}

// Makes every folder on `path` below `root` that is not in `made` yet, one
// mkdir() each (restoring a release makes thousands: a folder per page).
bool make_folders(const fs::path& root, const std::string& path, std::set<std::string>& made) {
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    std::string folder = path.substr(0, slash);
    if (made.count(folder)) continue;
    if (::mkdir((root / folder).c_str(), 0755) != 0 && errno != EEXIST) return false;
    made.insert(std::move(folder));
  }
  return true;
}

// The key text as manifest lines: each line of it prefixed with "key ".
std::string key_lines(const std::string& key_text) {
  std::string lines;
  std::istringstream in(key_text);
  for (std::string line; std::getline(in, line);) lines += "key " + line + "\n";
  return lines;
}

struct Manifest {
  std::string key_lines;
  std::string note_hash;
  std::vector<std::pair<std::string, FileStamp>> files;
};

// nullopt when the manifest is not one this format wrote, or names a path
// that could leave the entry (a foreign or tampered cache).
std::optional<Manifest> parse_manifest(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kManifestHeader) return std::nullopt;
  Manifest manifest;
  size_t expected = 0;
  bool counted = false;
  while (std::getline(in, line)) {
    if (line.rfind("key ", 0) == 0) {
      manifest.key_lines += line + "\n";
    } else if (line.rfind("note ", 0) == 0) {
      manifest.note_hash = line.substr(5);
    } else if (line.rfind("files ", 0) == 0) {
      std::istringstream count(line.substr(6));
      counted = static_cast<bool>(count >> expected);
    } else {
      std::istringstream fields(line);
      FileStamp stamp;
      std::string path;
      if (!(fields >> stamp.size >> stamp.mtime_ns) || !std::getline(fields >> std::ws, path)) return std::nullopt;
      const auto safe = base::SitePath::parse(path);
      if (!safe || safe->str() != path || safe->is_root()) return std::nullopt;  // exactly as stored
      manifest.files.emplace_back(std::move(path), stamp);
    }
  }
  if (!counted || expected != manifest.files.size()) return std::nullopt;
  return manifest;
}

// Every regular file below `folder` except the top-level folders `nested`
// and the site's marker (the next site has its own), as '/'-separated
// paths relative to it, sorted (so manifests are stable).
std::optional<std::vector<std::string>> files_below(const fs::path& folder, const std::vector<std::string>& nested) {
  std::vector<std::string> files;
  std::error_code error;
  const size_t prefix = folder.native().size() + (folder.native().ends_with('/') ? 0 : 1);
  for (auto it = fs::recursive_directory_iterator(folder, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    // Below `folder` by construction: the path minus its prefix (no
    // fs::relative, which resolves both paths through every symlink).
    const std::string relative = it->path().generic_string().substr(prefix);
    if (it.depth() == 0 && it->is_directory(error) &&
        std::find(nested.begin(), nested.end(), relative) != nested.end()) {
      it.disable_recursion_pending();
      continue;
    }
    if (it.depth() == 0 && relative == kMarkerFile) continue;
    if (it->is_regular_file(error) && !it->is_symlink(error)) files.push_back(relative);
  }
  if (error) return std::nullopt;
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

base::StatusOr<BuildCache> BuildCache::open(const fs::path& folder) {
  std::error_code error;
  if (fs::is_symlink(folder, error) || (fs::exists(folder, error) && !fs::is_directory(folder, error))) {
    return base::Status::failure(folder.string() + " is geen map");
  }
  const bool fresh = !fs::exists(folder, error) || fs::is_empty(folder, error);
  fs::create_directories(folder, error);
  if (error) {
    return base::Status::failure("kan " + folder.string() + " niet maken (" + error.message() + ")");
  }
  const fs::path marker = folder / kCacheMarkerFile;
  if (fresh) {
    // Git ignores the whole folder, this file included.
    if (!write_small_file(marker, kMarkerText) || !write_small_file(folder / ".gitignore", "*\n")) {
      return base::Status::failure("kan niet schrijven in " + folder.string());
    }
  } else if (read_small_file(marker, 1024).value_or("") != kMarkerText) {
    return base::Status::failure(folder.string() + " is geen buildcache van handboek (" + kCacheMarkerFile +
                                 " ontbreekt of is anders); verwijder de map om opnieuw te beginnen");
  }
  const int fd = ::open((folder / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (fd >= 0) ::close(fd);
    return base::Status::failure(folder.string() + " is in gebruik door een andere bouw");
  }
  return BuildCache(folder, fd);
}

BuildCache::BuildCache(BuildCache&& other) noexcept
    : folder_(std::move(other.folder_)),
      lock_fd_(std::exchange(other.lock_fd_, -1)),
      inodes_(std::move(other.inodes_)) {}

BuildCache& BuildCache::operator=(BuildCache&& other) noexcept {
  if (this != &other) {
    if (lock_fd_ >= 0) ::close(lock_fd_);
    folder_ = std::move(other.folder_);
    lock_fd_ = std::exchange(other.lock_fd_, -1);
    inodes_ = std::move(other.inodes_);
  }
  return *this;
}

BuildCache::~BuildCache() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

bool BuildCache::has(const std::string& name, const std::string& key_text, std::string& warning, std::string* note) {
  const fs::path entry = folder_ / name;
  std::error_code error;
  if (!fs::is_directory(entry, error)) return false;
  const auto text = read_small_file(entry / kManifestFile, kManifestLimit);
  const auto manifest = text ? parse_manifest(*text) : std::nullopt;
  if (!manifest || manifest->key_lines != key_lines(key_text)) {
    warning = "buildcache-item " + entry.string() +
              " is beschadigd of hoort bij een andere versie; die versie wordt opnieuw gebouwd";
    return false;
  }
  const auto stored_note = read_small_file(entry / kNoteFile, kManifestLimit);
  if (!stored_note || base::content_hash(*stored_note) != manifest->note_hash) {
    warning = "buildcache-item " + entry.string() + " is beschadigd (" + kNoteFile +
              " is veranderd of ontbreekt); die versie wordt opnieuw gebouwd";
    return false;
  }
  // files/ is a real folder (a link could make restore() publish files
  // from anywhere), and each file in it a regular file as recorded.
  struct stat folder {};
  const bool real_folder = ::lstat((entry / kFilesFolder).c_str(), &folder) == 0 && S_ISDIR(folder.st_mode);
  Inodes inodes;
  for (size_t index = 0; index < manifest->files.size(); ++index) {
    const auto& [path, recorded] = manifest->files[index];
    const auto stamp = real_folder ? regular_file_stamp(stored_file(entry, index)) : std::nullopt;
    if (!stamp || stamp->size != recorded.size || stamp->mtime_ns != recorded.mtime_ns) {
      warning = "buildcache-item " + entry.string() + " is beschadigd (" + path +
                " is veranderd of ontbreekt); die versie wordt opnieuw gebouwd";
      return false;
    }
    inodes.device = stamp->device;
    inodes.files.emplace(path, stamp->inode);
  }
  inodes_[name] = std::move(inodes);
  if (note) *note = *stored_note;
  return true;
}

base::Status BuildCache::restore(const std::string& name, const fs::path& destination, size_t& restored) const {
  const fs::path entry = folder_ / name;
  const auto text = read_small_file(entry / kManifestFile, kManifestLimit);
  const auto manifest = text ? parse_manifest(*text) : std::nullopt;
  if (!manifest) return base::Status::failure("kan " + (entry / kManifestFile).string() + " niet lezen");
  std::error_code error;
  fs::create_directories(destination, error);
  std::set<std::string> made;
  for (size_t index = 0; index < manifest->files.size(); ++index) {
    const std::string& path = manifest->files[index].first;
    const fs::path from = stored_file(entry, index);
    const fs::path to = destination / path;
    const bool linked = make_folders(destination, path, made) && ::link(from.c_str(), to.c_str()) == 0;
    if (!linked && !link_or_copy(from, to)) {
      return base::Status::failure("kan " + from.string() + " niet kopiëren naar " + to.string());
    }
    ++restored;
  }
  return {};
}

std::optional<size_t> BuildCache::linked_copy_size(const std::string& name, const fs::path& folder,
                                                   const std::vector<std::string>& nested) const {
  const auto entry = inodes_.find(name);
  struct stat info {};
  if (entry == inodes_.end() || ::lstat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) ||
      info.st_dev != entry->second.device) {
    return std::nullopt;
  }
  size_t matched = 0;
  if (!files_are(folder, "", entry->second.files, nested, matched) || matched != entry->second.files.size()) {
    return std::nullopt;
  }
  return matched;
}

base::Status BuildCache::store(const std::string& name, const std::string& key_text, const fs::path& version_folder,
                               const std::vector<std::string>& nested, const std::string& note) {
  const auto files = files_below(version_folder, nested);
  if (!files) return base::Status::failure("kan de inhoud van " + version_folder.string() + " niet lezen");
  std::error_code error;
  const fs::path building = folder_ / (".new-" + name);
  fs::remove_all(building, error);
  fs::create_directories(building / kFilesFolder, error);
  std::string manifest = std::string(kManifestHeader) + "\n" + key_lines(key_text);
  manifest += "note " + base::content_hash(note) + "\n";
  manifest += "files " + std::to_string(files->size()) + "\n";
  for (size_t index = 0; index < files->size(); ++index) {
    const std::string& path = (*files)[index];
    const fs::path cached = stored_file(building, index);
    const auto stamp = link_or_copy(version_folder / path, cached) ? regular_file_stamp(cached) : std::nullopt;
    if (!stamp || path.find('\n') != std::string::npos) {
      fs::remove_all(building, error);
      return base::Status::failure("kan " + (version_folder / path).string() + " niet bewaren in " + folder_.string());
    }
    manifest += std::to_string(stamp->size) + " " + std::to_string(stamp->mtime_ns) + " " + path + "\n";
  }
  if (!write_small_file(building / kNoteFile, note) || !write_small_file(building / kManifestFile, manifest)) {
    fs::remove_all(building, error);
    return base::Status::failure("kan " + (building / kManifestFile).string() + " niet schrijven");
  }
  fs::remove_all(folder_ / name, error);
  fs::rename(building, folder_ / name, error);
  if (error) {
    const std::string reason = error.message();
    fs::remove_all(building, error);
    return base::Status::failure("kan " + name + " niet bewaren in " + folder_.string() + " (" + reason + ")");
  }
  return {};
}

void BuildCache::prune(const std::set<std::string>& keep) const {
  std::error_code error;
  std::vector<fs::path> unused;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder_, error)) {
    if (!entry.is_directory(error) || entry.is_symlink(error)) continue;
    const std::string name = entry.path().filename().string();
    if (!keep.count(name)) unused.push_back(entry.path());  // also ".new-…" of a killed build
  }
  for (const fs::path& folder : unused) fs::remove_all(folder, error);
}

}  // namespace handboek::output
