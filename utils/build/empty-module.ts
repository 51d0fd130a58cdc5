// Stands in for core-js@2 polyfills that twitter-text imports; every browser OnBrand supports has these built in.
export {};
