# Installable packages (issue 9): what `cmake --install` puts where, and how CPack wraps it.
#   Linux:   a .deb (scripts/package-deb.sh builds, validates and optionally installs it; docs/PACKAGING.md).
#   Windows: an NSIS installer; the recipe, untested here, is packaging/windows/README.md.
# Included last from the top-level CMakeLists.txt, so every install() rule of the programs is known.

include(GNUInstallDirs)

# The reverse-DNS id names the desktop entry, the AppStream metainfo and the icon, as the freedesktop
# specifications ask, so software centres can tie the three together.
set(SHT_APP_ID "vn.sohoctap.SoHocTap")
set(SHT_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")

if(UNIX AND NOT APPLE)
    install(FILES "${SHT_PACKAGING_DIR}/linux/${SHT_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${SHT_PACKAGING_DIR}/linux/${SHT_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # resources/icons/sohoctap-<N>.png is N x N pixels; the hicolor theme wants one file per size folder.
    file(GLOB sht_icons "${PROJECT_SOURCE_DIR}/resources/icons/sohoctap-*.png")
    foreach(icon IN LISTS sht_icons)
        string(REGEX MATCH "sohoctap-([0-9]+)\\.png$" matched "${icon}")
        if(matched)
            set(size "${CMAKE_MATCH_1}")
            install(FILES "${icon}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
                    RENAME "${SHT_APP_ID}.png")
        endif()
    endforeach()
endif()

set(CPACK_PACKAGE_NAME "sohoctap")
set(CPACK_PACKAGE_VENDOR "Sổ Học Tập")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Offline records of a commune's learning society (Sổ Học Tập)")
set(CPACK_PACKAGE_DESCRIPTION
    "Sổ Học Tập keeps the household register of a Vietnamese commune offline, evaluates the\n\
learning-society titles (learning family, clan, community, unit), imports village registers from\n\
Excel and CSV, prints the yearly reports, and merges the work of volunteers.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SoHocTap")
set(CPACK_PACKAGE_EXECUTABLES "sohoctap" "Sổ Học Tập")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo binaries carry ~10x their size in debug info
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/")

if(WIN32)
    # Untested here (no Windows machine): the recipe and its caveats are in packaging/windows/README.md.
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_PACKAGE_NAME "Sổ Học Tập")
    set(CPACK_NSIS_DISPLAY_NAME "Sổ Học Tập ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sohoctap.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    if(EXISTS "${SHT_PACKAGING_DIR}/windows/sohoctap.ico")
        set(CPACK_NSIS_MUI_ICON "${SHT_PACKAGING_DIR}/windows/sohoctap.ico")
    endif()
    # windeployqt copies the Qt DLLs and plugins (platforms/qwindows, sqldrivers/qsqlite, styles) beside
    # sohoctap.exe in the staging folder CPack installs into; SHT_EXTRA_DLLS (libzip, FreeXL, libxlsxwriter,
    # SQLite and their own dependencies: zlib, bzip2, iconv, ...) are copied as listed.
    set(SHT_EXTRA_DLLS "" CACHE STRING "Third-party DLLs to ship beside sohoctap.exe (Windows)")
    find_program(SHT_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(SHT_WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${SHT_WINDEPLOYQT}\" --release --no-translations
                      --no-compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/sohoctap.exe\"
                      \"\${CMAKE_INSTALL_PREFIX}/bin/sohoctap-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
    endif()
    if(SHT_EXTRA_DLLS)
        install(FILES ${SHT_EXTRA_DLLS} DESTINATION bin)
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries) # the compiler's runtime (MSVC or MinGW) beside the programs
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sohoctap_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Sổ Học Tập maintainers <sohoctap@localhost>")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # dpkg-shlibdeps reads the programs' NEEDED libraries (Qt, SQLite, libzip, FreeXL, libxlsxwriter) and
    # writes their package names with minimum versions.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What shlibdeps cannot see: Qt loads the SQLite driver as a plugin at run time. (The xcb platform
    # plugin is in libqt6gui6, which shlibdeps finds.)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    # Without dpkg-shlibdeps (package dpkg-dev missing), or with -DSHT_DEB_SHLIBDEPS=OFF: the same list by
    # hand, Debian 12 names, as dpkg-shlibdeps computed them (docs/PACKAGING.md).
    option(SHT_DEB_SHLIBDEPS "Let dpkg-shlibdeps compute the .deb's library dependencies" ON)
    find_program(SHT_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(NOT SHT_DEB_SHLIBDEPS OR NOT SHT_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS
            "libqt6sql6-sqlite, libc6 (>= 2.34), libfreexl1, libgcc-s1 (>= 3.0), libqt6charts6 (>= 6.2.1), \
libqt6core6 (>= 6.4.0), libqt6gui6 (>= 6.4.0), libqt6printsupport6 (>= 6.1.2), libqt6sql6 (>= 6.1.2), \
libqt6widgets6 (>= 6.4.0), libsqlite3-0 (>= 3.20.0), libstdc++6 (>= 11), libxlsxwriter4 (>= 1.1.4), \
libzip4 (>= 1.0)")
    endif()
    # Vietnamese glyphs in the interface, and Qt's own dialogs (buttons, file dialog) in Vietnamese.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core | fonts-dejavu-core, qt6-translations-l10n")
endif()

include(CPack)
