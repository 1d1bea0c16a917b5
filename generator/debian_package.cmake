# The Debian package of the generator (scripts/make-deb.sh runs cpack with
# this configuration): what `cmake --install` installs, bin/handboek and
# share/handboek/themes/default, under /usr. The shared libraries it links
# are found by dpkg-shlibdeps; the Dutch dictionary and hyphenation patterns
# the language check reads, and the programs it runs when present, are
# declared by hand. The version comes from the script (cpack -R).
set(CPACK_PACKAGE_NAME handboek)
set(CPACK_PACKAGE_VENDOR "handboek")
set(CPACK_PACKAGE_CONTACT "Werkgroep methodiek <handboek@example.nl>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static site generator for Dutch social-services method handbooks")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # handboek_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the build keeps its debug info; the package does not need it
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-nl, hyphen-nl")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git, weasyprint, pandoc")
set(CPACK_GENERATOR DEB)
include(CPack)
