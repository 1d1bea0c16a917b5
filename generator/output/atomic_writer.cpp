#include "output/atomic_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <system_error>

namespace handboek::output {

namespace fs = std::filesystem;

namespace {

bool is_inside(const fs::path& path, const fs::path& folder) {
  const auto [end, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

// OUT may be replaced when it does not exist, is empty, or was built by us.
bool may_replace(const fs::path& out, std::string& why) {
  std::error_code error;
  if (!fs::exists(out, error)) return true;
  if (!fs::is_directory(out, error)) {
    why = out.string() + " exists and is not a folder";
    return false;
  }
  if (fs::is_empty(out, error) || fs::exists(out / kMarkerFile, error)) return true;
  why = out.string() + " is not empty and was not made by handboek; refusing to replace it";
  return false;
}

bool write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(file);
}

bool write_tree(const OutputTree& tree, const fs::path& folder, std::string& why) {
  std::error_code error;
  for (const auto& [relative, bytes] : tree.files()) {
    const fs::path target = folder / relative;
    fs::create_directories(target.parent_path(), error);
    if (error || !write_file(target, bytes)) {
      why = "cannot write " + target.string() + (error ? ": " + error.message() : "");
      return false;
    }
  }
  if (!write_file(folder / kMarkerFile, "built by handboek; this folder is replaced on every build\n")) {
    why = "cannot write the marker file in " + folder.string();
    return false;
  }
  return true;
}

}  // namespace

WriteResult write_atomically(const OutputTree& tree, const fs::path& out_argument, const fs::path& protected_folder,
                             const BeforeSwap& before_swap) {
  std::error_code error;
  fs::path out = fs::weakly_canonical(fs::absolute(out_argument), error);
  if (!out.has_filename()) out = out.parent_path();  // "public/" names the folder "public"
  const fs::path site = fs::weakly_canonical(fs::absolute(protected_folder), error);
  if (is_inside(site, out)) return {false, "the output folder " + out.string() + " must not contain the site folder"};
  std::string why;
  if (!may_replace(out, why)) return {false, why};

  const fs::path parent = out.parent_path();
  fs::create_directories(parent, error);
  const std::string suffix = std::to_string(::getpid());
  const fs::path temporary = parent / (out.filename().string() + ".tmp-" + suffix);
  fs::remove_all(temporary, error);
  if (!fs::create_directory(temporary, error)) return {false, "cannot create " + temporary.string() + ": " + error.message()};
  if (!write_tree(tree, temporary, why) || (before_swap && !before_swap(temporary, why))) {
    fs::remove_all(temporary, error);
    return {false, why};
  }

  // Exchange in one step when OUT exists, so there is no moment without a
  // site; otherwise a plain rename.
  if (fs::exists(out, error)) {
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
      const fs::path old = parent / (out.filename().string() + ".old-" + suffix);
      fs::rename(out, old, error);
      if (error) {
        fs::remove_all(temporary, error);
        return {false, "cannot replace " + out.string() + ": " + error.message()};
      }
      fs::rename(temporary, out, error);
      if (error) {
        std::error_code restore_error;
        fs::rename(old, out, restore_error);  // put the previous site back
        fs::remove_all(temporary, restore_error);
        return {false, "cannot replace " + out.string() + ": " + error.message()};
      }
      fs::remove_all(old, error);
      return {true, ""};
    }
    fs::remove_all(temporary, error);  // now holds the previous site
    return {true, ""};
  }
  fs::rename(temporary, out, error);
  if (error) {
    fs::remove_all(temporary, error);
    return {false, "cannot create " + out.string() + ": " + error.message()};
  }
  return {true, ""};
}

}  // namespace handboek::output
